import type { Customer } from '../settings/schema';
import type { TicketCustomer } from './schema';

/**
 * Completing a ticket's customer from what the partner already told us: the
 * customers list in the settings and, for a capture, the customer the partner chose
 * in Partner Center before opening the portal ("intended customer").
 */

const blankCustomer = (): TicketCustomer => ({ name: '', tenantId: null, domain: null });

function sameText(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** The settings customer that is this tenant, domain, or (failing both) this name. */
export function findKnownCustomer(customer: Partial<TicketCustomer>, known: readonly Customer[]): Customer | undefined {
  const tenantId = customer.tenantId?.toLowerCase();
  const domain = customer.domain?.toLowerCase();
  if (tenantId) return known.find((entry) => entry.tenantId === tenantId);
  if (domain) return known.find((entry) => entry.domains.includes(domain));
  const name = customer.name?.trim();
  return name ? known.find((entry) => sameText(entry.name, name)) : undefined;
}

function fillFrom(customer: TicketCustomer, source: Partial<TicketCustomer>): TicketCustomer {
  return {
    name: customer.name || source.name || '',
    tenantId: customer.tenantId ?? source.tenantId ?? null,
    domain: customer.domain ?? source.domain ?? null,
  };
}

function fromKnown(entry: Customer): TicketCustomer {
  return { name: entry.name, tenantId: entry.tenantId, domain: entry.domains[0] ?? null };
}

/** True when two descriptions cannot be the same tenant. */
function conflicts(a: Partial<TicketCustomer>, b: Partial<TicketCustomer>): boolean {
  if (a.tenantId && b.tenantId) return a.tenantId.toLowerCase() !== b.tenantId.toLowerCase();
  if (a.domain && b.domain) return a.domain.toLowerCase() !== b.domain.toLowerCase();
  return false;
}

/**
 * The customer to store for a captured ticket. The portal's tenant context wins: the
 * request was filed there, whatever the partner meant to do (the in-page banner
 * warns about a mismatch before Create). The intended customer fills the gaps only
 * when it does not contradict the context; the settings list supplies the name.
 */
export function completeCustomer(captured: TicketCustomer | undefined, intended: Partial<TicketCustomer> | undefined, known: readonly Customer[]): TicketCustomer {
  let customer = captured ?? blankCustomer();
  if (intended && !conflicts(customer, intended)) customer = fillFrom(customer, intended);
  const entry = findKnownCustomer(customer, known);
  return entry && !conflicts(customer, fromKnown(entry)) ? fillFrom(customer, fromKnown(entry)) : customer;
}

/** The customer for a name typed in the popup: a known customer's tenant and domain when the name matches one. */
export function customerFromName(name: string, known: readonly Customer[], current?: TicketCustomer): TicketCustomer {
  const trimmed = name.trim();
  if (current && sameText(current.name, trimmed)) return { ...current, name: trimmed };
  const entry = findKnownCustomer({ name: trimmed }, known);
  return entry ? fromKnown(entry) : { name: trimmed, tenantId: null, domain: null };
}

/** Customers to filter by: the settings list plus any tenant seen on a listed ticket, by name. */
export function customerOptions(known: readonly Customer[], tickets: readonly { customer: TicketCustomer }[]): { tenantId: string; name: string }[] {
  const byTenant = new Map<string, string>();
  for (const entry of known) byTenant.set(entry.tenantId, entry.name);
  for (const { customer } of tickets) {
    if (customer.tenantId && !byTenant.has(customer.tenantId)) byTenant.set(customer.tenantId, customer.name || customer.domain || customer.tenantId);
  }
  return [...byTenant].map(([tenantId, name]) => ({ tenantId, name })).sort((a, b) => a.name.localeCompare(b.name));
}
