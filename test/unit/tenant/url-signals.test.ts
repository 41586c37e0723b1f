import { describe, expect, it } from 'vitest';
import { classifyTenantRef } from '../../../lib/tenant/signal';
import { urlTenantSignals } from '../../../lib/tenant/url-signals';

const TID = '22222222-2222-4222-8222-222222222222';

describe('urlTenantSignals', () => {
  it.each([
    ['https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/x/overview', [{ kind: 'domain', value: 'contoso.onmicrosoft.com', source: 'url-hash' }]],
    [`https://portal.azure.com/#@${TID.toUpperCase()}/resource/x`, [{ kind: 'tenantId', value: TID, source: 'url-hash' }]],
    ['https://portal.azure.com/#@truera.com/asset/x', [{ kind: 'domain', value: 'truera.com', source: 'url-hash' }]],
    ['https://portal.azure.com/#@Contoso.OnMicrosoft.com', [{ kind: 'domain', value: 'contoso.onmicrosoft.com', source: 'url-hash' }]],
    ['https://portal.azure.com/#@/resource/subscriptions/x', []],
    ['https://portal.azure.com/#@contoso/resource', []],
    ['https://portal.azure.com/contoso.onmicrosoft.com', [{ kind: 'domain', value: 'contoso.onmicrosoft.com', source: 'url-path' }]],
    ['https://aad.portal.azure.com/contoso.onmicrosoft.com', [{ kind: 'domain', value: 'contoso.onmicrosoft.com', source: 'url-path' }]],
    [`https://portal.azure.com/${TID}`, [{ kind: 'tenantId', value: TID, source: 'url-path' }]],
    [`https://portal.azure.com/contoso.onmicrosoft.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade`, [{ kind: 'domain', value: 'contoso.onmicrosoft.com', source: 'url-path' }]],
    [`https://businesscentral.dynamics.com/${TID}/admin`, [{ kind: 'tenantId', value: TID, source: 'url-path' }]],
    [`https://portal.azure.com/?tid=${TID}`, [{ kind: 'tenantId', value: TID, source: 'url-query' }]],
    [`https://portal.azure.com/?tenantId=${TID}#home`, [{ kind: 'tenantId', value: TID, source: 'url-query' }]],
    [`https://admin.microsoft.com/?ctid=${TID}`, [{ kind: 'tenantId', value: TID, source: 'url-query' }]],
    ['https://admin.teams.microsoft.com/?delegatedOrg=contoso.onmicrosoft.com', [{ kind: 'domain', value: 'contoso.onmicrosoft.com', source: 'url-query' }]],
    [`https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${TID}&CSDEST=o365admincenter`, [{ kind: 'tenantId', value: TID, source: 'url-query' }]],
    [
      `https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${TID}&CSDEST=Exchange&InitialDomain=contoso.onmicrosoft.com&PrimaryDomain=contoso.com`,
      [
        { kind: 'tenantId', value: TID, source: 'url-query' },
        { kind: 'domain', value: 'contoso.onmicrosoft.com', source: 'url-query' },
        { kind: 'domain', value: 'contoso.com', source: 'url-query' },
      ],
    ],
    [`https://admin.microsoft.com/AdminPortal/Home#/homepage?tid=${TID}`, [{ kind: 'tenantId', value: TID, source: 'url-hash' }]],
    [
      `https://portal.azure.com/#@contoso.onmicrosoft.com/resource/x?tid=${TID}`,
      [
        { kind: 'domain', value: 'contoso.onmicrosoft.com', source: 'url-hash' },
        { kind: 'tenantId', value: TID, source: 'url-hash' },
      ],
    ],
    ['https://portal.azure.com/?tid=common', []],
    ['https://portal.office.com/Default.aspx', []],
    ['https://partner.microsoft.com/en-us/dashboard/v2/customers/list', []],
    ['https://admin.microsoft.com/AdminPortal/Home#/support', []],
    ['https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade', []],
    ['garbage', []],
  ])('%s', (url, expected) => {
    expect(urlTenantSignals(url).map(({ kind, value, source }) => ({ kind, value, source }))).toEqual(expected);
  });

  it('reports a repeated hint once', () => {
    expect(urlTenantSignals(`https://portal.azure.com/?tid=${TID}&tenantId=${TID}`)).toHaveLength(1);
  });
});

describe('classifyTenantRef', () => {
  it.each([
    [` ${TID.toUpperCase()} `, { kind: 'tenantId', value: TID }],
    ['Contoso.com', { kind: 'domain', value: 'contoso.com' }],
    ['contoso', null],
    ['default.aspx', null],
    ['not a domain.com', null],
  ])('%j', (raw, expected) => {
    expect(classifyTenantRef(raw)).toEqual(expected);
  });
});
