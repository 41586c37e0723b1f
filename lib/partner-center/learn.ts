import { customerSchema, type Customer } from '../settings/schema';

/**
 * The customer directory learned from Partner Center. A customer the partner entered by hand is theirs:
 * it is never touched, even when Partner Center shows another name. A learned one follows what Partner
 * Center shows (its name, and any domain it had not shown before). Domains are only added, because a page
 * that shows no domain says nothing about the ones seen earlier.
 */

/** A customer as a Partner Center page shows it. */
export interface LearnedCustomer {
  name: string;
  tenantId: string;
  domains: readonly string[];
}

export interface LearnResult {
  customers: Customer[];
  added: number;
  updated: number;
}

/** How many customers settings hold at most (the schema's limit): learning stops there. */
export const MAX_CUSTOMERS = 5000;

/** `existing` with `seen` merged in; unchanged entries keep their identity, invalid ones are skipped. */
export function mergeLearnedCustomers(existing: readonly Customer[], seen: readonly LearnedCustomer[]): LearnResult {
  const customers = [...existing];
  const indexOf = new Map(customers.map((customer, index) => [customer.tenantId.toLowerCase(), index]));
  let added = 0;
  let updated = 0;
  for (const candidate of seen) {
    const key = candidate.tenantId.trim().toLowerCase();
    const index = indexOf.get(key);
    const current = index === undefined ? undefined : customers[index];
    if (current?.source === 'manual') continue;
    const domains = [...new Set([...(current?.domains ?? []), ...candidate.domains.map((domain) => domain.trim().toLowerCase())])];
    const parsed = customerSchema.safeParse({ name: candidate.name, tenantId: key, domains, source: 'learned' });
    if (!parsed.success) continue;
    const next = parsed.data;
    if (current && index !== undefined) {
      if (current.name === next.name && current.domains.length === next.domains.length) continue;
      customers[index] = next;
      updated++;
    } else if (customers.length < MAX_CUSTOMERS) {
      indexOf.set(key, customers.length);
      customers.push(next);
      added++;
    }
  }
  return { customers, added, updated };
}
