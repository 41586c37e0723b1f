import type { NewTicketInput, Ticket } from '../../../lib/tickets/schema';

/** Shared test data: a valid content-script report and a valid stored ticket. */

export const T0 = Date.parse('2024-03-04T10:00:00Z');
export const TENANT = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';

export function newInput(over: Partial<NewTicketInput> = {}): NewTicketInput {
  return {
    number: '2403040010000123',
    portal: 'azure',
    customer: { name: 'Contoso Ltd', tenantId: TENANT, domain: 'contoso.onmicrosoft.com' },
    severity: 'B',
    breakFix: true,
    issueType: 'technical',
    title: 'VM does not start',
    service: 'Virtual Machines',
    supportLanguage: 'en-US',
    contactMethod: 'email',
    createdAt: T0,
    ...over,
  };
}

export function storedTicket(over: Partial<Ticket> = {}): Ticket {
  return {
    id: '0b6f2d1e-8c1a-4e5b-9a7d-3f2e1d0c9b8a',
    number: '2403040010000123',
    armName: null,
    portal: 'azure',
    customer: { name: 'Contoso Ltd', tenantId: TENANT, domain: 'contoso.onmicrosoft.com' },
    severity: 'B',
    response24x7: false,
    breakFix: true,
    issueType: 'technical',
    title: 'VM does not start',
    service: 'Virtual Machines',
    supportLanguage: 'en-US',
    contactMethod: 'email',
    createdAt: T0,
    firstResponseAt: null,
    closedAt: null,
    pausedIntervals: [],
    updatedAt: T0,
    deletedAt: null,
    ...over,
  };
}
