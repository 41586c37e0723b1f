import { describe, expect, it } from 'vitest';
import { clientSessionTenant, serviceManagementUrl } from '../../../lib/partner-center/urls';

const TID = '22222222-2222-4222-8222-222222222222';

describe('serviceManagementUrl: where the panel links back to', () => {
  it.each([
    [`https://partner.microsoft.com/dashboard/v2/customers/${TID}/account`, TID, `https://partner.microsoft.com/dashboard/v2/customers/${TID}/servicemanagementpage`],
    [`https://partner.microsoft.com/es-es/dashboard/commerce2/customers/${TID}/account`, TID, `https://partner.microsoft.com/es-es/dashboard/commerce2/customers/${TID}/servicemanagementpage`],
    ['https://partner.microsoft.com/dashboard/v2/support/servicerequests', TID.toUpperCase(), `https://partner.microsoft.com/dashboard/v2/customers/${TID}/servicemanagementpage`],
    ['', TID, `https://partner.microsoft.com/dashboard/v2/customers/${TID}/servicemanagementpage`],
    ['https://partner.microsoft.com/en-gb/dashboard/v2/customers/list', null, 'https://partner.microsoft.com/en-gb/dashboard/v2/customers/list'],
  ])('%s + %s', (page, tenantId, expected) => {
    expect(serviceManagementUrl(page, tenantId)).toBe(expected);
  });
});

describe('clientSessionTenant: the M365 delegated-admin hop', () => {
  it.each([
    [`https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${TID}&CSDEST=Support`, TID],
    [`https://admin.microsoft.com/Partner/BeginClientSession.aspx?ctid=${TID.toUpperCase()}&CSDEST=o365admincenter&dropctid=1`, TID],
    [`https://portal.office.com/partner/beginclientsession.aspx?CSDEST=o365admincenter&CTID=${TID}`, TID],
  ])('%s → %s', (url, tenantId) => {
    expect(clientSessionTenant(url)).toBe(tenantId);
  });

  it.each([
    'https://portal.office.com/Partner/BeginClientSession.aspx?CSDEST=Support',
    'https://portal.office.com/Partner/BeginClientSession.aspx?CTID=contoso.onmicrosoft.com',
    `https://portal.office.com/Partner/Other.aspx?CTID=${TID}`,
    `https://evil.example/Partner/BeginClientSession.aspx?CTID=${TID}`,
    `http://portal.office.com/Partner/BeginClientSession.aspx?CTID=${TID}`,
    'not a url',
  ])('null for %s', (url) => {
    expect(clientSessionTenant(url)).toBeNull();
  });
});
