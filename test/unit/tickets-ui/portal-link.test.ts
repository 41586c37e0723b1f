import { describe, expect, it } from 'vitest';
import { M365_REQUESTS_LIST, portalLink } from '../../../lib/tickets/portal-link';

const customer = { name: 'Contoso', tenantId: '22222222-2222-4222-8222-222222222222', domain: 'contoso.onmicrosoft.com' };

describe('portalLink', () => {
  it('deep-links an Azure request by its ARM id, in the customer directory', () => {
    const url = portalLink({ portal: 'azure', armName: '31af6335-161a8f0b', subscriptionId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', customer });
    expect(url).toBe(
      'https://portal.azure.com/#@22222222-2222-4222-8222-222222222222/view/Microsoft_Azure_Support/SupportRequestDetails.ReactView/id/' +
        '%2Fsubscriptions%2Faaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee%2Fproviders%2FMicrosoft.Support%2FsupportTickets%2F31af6335-161a8f0b',
    );
  });

  it('falls back to the list of support requests without the ARM id', () => {
    expect(portalLink({ portal: 'azure', armName: 'x', subscriptionId: null, customer: { name: '', tenantId: null, domain: null } })).toBe(
      'https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/allsupportrequests',
    );
    expect(portalLink({ portal: 'azure', armName: null, subscriptionId: undefined, customer })).toContain('#@22222222-2222-4222-8222-222222222222/view/');
  });

  it('opens the M365 service requests list', () => {
    expect(portalLink({ portal: 'm365', armName: null, subscriptionId: null, customer })).toBe(M365_REQUESTS_LIST);
  });
});
