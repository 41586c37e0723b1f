import type { Ticket } from './schema';

/**
 * Where "Open in portal" goes. The Azure details blade takes the request's ARM id
 * (URL-encoded as one path segment); without it the partner lands on the list of
 * support requests. The M365 admin center has no per-request deep link we can build
 * from the number, so it opens the service requests list.
 */
export const M365_REQUESTS_LIST = 'https://admin.microsoft.com/AdminPortal/Home#/support/requests';
const AZURE = 'https://portal.azure.com/#';
const AZURE_LIST_ROUTE = 'view/Microsoft_Azure_Support/HelpAndSupportBlade/~/allsupportrequests';
const AZURE_DETAILS_ROUTE = 'view/Microsoft_Azure_Support/SupportRequestDetails.ReactView/id/';

type LinkTicket = Pick<Ticket, 'portal' | 'armName' | 'subscriptionId' | 'customer'>;

/**
 * "#@<tenant>/" makes the portal switch to the customer's directory first; a CSP
 * request is only visible there, so without it the partner would land in their own
 * tenant and see nothing.
 */
function azureTenantPrefix(customer: LinkTicket['customer']): string {
  const tenant = customer.tenantId ?? customer.domain;
  return tenant ? `@${tenant}/` : '';
}

export function portalLink(ticket: LinkTicket): string {
  if (ticket.portal === 'm365') return M365_REQUESTS_LIST;
  const prefix = AZURE + azureTenantPrefix(ticket.customer);
  if (!ticket.armName || !ticket.subscriptionId) return prefix + AZURE_LIST_ROUTE;
  const armId = `/subscriptions/${ticket.subscriptionId}/providers/Microsoft.Support/supportTickets/${ticket.armName}`;
  return prefix + AZURE_DETAILS_ROUTE + encodeURIComponent(armId);
}
