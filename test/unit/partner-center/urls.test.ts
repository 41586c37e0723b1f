import { describe, expect, it } from 'vitest';
import { parsePartnerCenterUrl, portalHandoff } from '../../../lib/partner-center/urls';

const TID = '22222222-2222-4222-8222-222222222222';

describe('parsePartnerCenterUrl', () => {
  it.each([
    [`https://partner.microsoft.com/dashboard/v2/customers/${TID}/servicemanagementpage`, { customerTenantId: TID, page: 'servicemanagementpage', locale: null, dashboard: 'v2' }],
    [`https://partner.microsoft.com/dashboard/v2/customers/${TID.toUpperCase()}/account`, { customerTenantId: TID, page: 'account', locale: null, dashboard: 'v2' }],
    [`https://partner.microsoft.com/en-us/dashboard/commerce2/customers/${TID}/account`, { customerTenantId: TID, page: 'account', locale: 'en-us', dashboard: 'commerce2' }],
    [
      `https://partner.microsoft.com/es-es/dashboard/commerce2/customers/${TID}/adminrelationships/abc-123`,
      { customerTenantId: TID, page: 'adminrelationships', locale: 'es-es', dashboard: 'commerce2' },
    ],
    [`https://partner.microsoft.com/dashboard/v2/customers/${TID}`, { customerTenantId: TID, page: null, locale: null, dashboard: 'v2' }],
    [`https://partner.microsoft.com/dashboard/v2/customers/${TID}/servicemanagementpage?filter=x#top`, { customerTenantId: TID, page: 'servicemanagementpage', locale: null, dashboard: 'v2' }],
    ['https://partner.microsoft.com/dashboard/v2/customers/list', { customerTenantId: null, page: 'list', locale: null, dashboard: 'v2' }],
    ['https://partner.microsoft.com/en-gb/dashboard/commerce2/customers/list', { customerTenantId: null, page: 'list', locale: 'en-gb', dashboard: 'commerce2' }],
    ['https://partner.microsoft.com/dashboard/commerce2/customers/delegatedadmin', { customerTenantId: null, page: 'delegatedadmin', locale: null, dashboard: 'commerce2' }],
    ['https://partner.microsoft.com/dashboard/v2/customers/granularadminaccess/list', { customerTenantId: null, page: 'granularadminaccess', locale: null, dashboard: 'v2' }],
    [`https://partner.microsoft.com/dashboard/v2/customers/${TID}/adminrelationships`, { customerTenantId: TID, page: 'adminrelationships', locale: null, dashboard: 'v2' }],
    [`https://partner.microsoft.com/commerce/customers/${TID}/subscriptions`, { customerTenantId: TID, page: 'subscriptions', locale: null, dashboard: 'commerce' }],
    ['https://partner.microsoft.com/en-us/commerce/customers/list', { customerTenantId: null, page: 'list', locale: 'en-us', dashboard: 'commerce' }],
    [`https://partner.microsoft.com/dashboard/v2/support/customers/${TID}`, { customerTenantId: TID, page: null, locale: null, dashboard: 'v2/support' }],
    [`https://partner.microsoft.com/es-es/dashboard/support/csp/customers/${TID}/requests`, { customerTenantId: TID, page: 'requests', locale: 'es-es', dashboard: 'support/csp' }],
  ])('%s', (url, expected) => {
    expect(parsePartnerCenterUrl(url)).toEqual(expected);
  });

  it.each([
    'https://partner.microsoft.com/dashboard/v2/support/',
    'https://partner.microsoft.com/en-us/dashboard/home',
    'https://partner.microsoft.com/dashboard/v2/customers',
    `https://evil.example/dashboard/v2/customers/${TID}/account`,
    `https://partner.microsoft.com.evil.example/dashboard/v2/customers/${TID}/account`,
    'not a url',
  ])('null for %s', (url) => {
    expect(parsePartnerCenterUrl(url)).toBeNull();
  });
});

describe('portalHandoff', () => {
  it.each([
    ['https://portal.azure.com/', { target: 'azure', tenantId: null, domain: null, destination: null }],
    [
      'https://portal.azure.com/#@contoso.onmicrosoft.com/blade/Microsoft_Azure_Support/HelpAndSupportBlade/overview',
      { target: 'azure', tenantId: null, domain: 'contoso.onmicrosoft.com', destination: null },
    ],
    [`https://portal.azure.com/#@${TID}`, { target: 'azure', tenantId: TID, domain: null, destination: null }],
    ['https://portal.azure.com/contoso.onmicrosoft.com', { target: 'azure', tenantId: null, domain: 'contoso.onmicrosoft.com', destination: null }],
    ['https://aad.portal.azure.com/contoso.onmicrosoft.com', { target: 'azure', tenantId: null, domain: 'contoso.onmicrosoft.com', destination: null }],
    [`https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${TID}&CSDEST=o365admincenter`, { target: 'm365', tenantId: TID, domain: null, destination: 'o365admincenter' }],
    [`https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${TID}&CSDEST=Support`, { target: 'm365', tenantId: TID, domain: null, destination: 'Support' }],
    [
      `https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${TID}&CSDEST=Exchange&InitialDomain=contoso.onmicrosoft.com`,
      { target: 'm365', tenantId: TID, domain: 'contoso.onmicrosoft.com', destination: 'Exchange' },
    ],
    ['https://admin.microsoft.com/AdminPortal/Home#/support', { target: 'm365', tenantId: null, domain: null, destination: null }],
    ['https://portal.office.com/', { target: 'other', tenantId: null, domain: null, destination: null }],
    ['/dashboard/v2/customers/list', { target: 'other', tenantId: null, domain: null, destination: null }],
    ['https://go.microsoft.com/fwlink/?LinkId=717532', { target: 'other', tenantId: null, domain: null, destination: null }],
    ['http://portal.azure.com/#@contoso.onmicrosoft.com', { target: 'other', tenantId: null, domain: null, destination: null }],
    ['javascript:alert(1)', { target: 'other', tenantId: null, domain: null, destination: null }],
  ])('%s', (href, expected) => {
    expect(portalHandoff(href)).toEqual(expected);
  });
});
