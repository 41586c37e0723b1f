import type { Customer, Settings } from './schema';

/**
 * A save from a page that loaded the settings earlier (`base`) while something else changed them
 * (`theirs`: customers learned from Partner Center, "This is my own tenant", another options tab).
 * Section by section: the side that changed a section wins; when both changed the customer list,
 * both sets of changes are kept; when both changed any other section, the partner is asked.
 */
export type MergeResult = { ok: true; settings: Settings } | { ok: false; sections: (keyof Settings)[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const idOf = (customer: Customer) => customer.tenantId.toLowerCase();

/** Mine, plus the customers added or updated elsewhere that mine did not touch. */
function mergeCustomers(base: readonly Customer[], mine: readonly Customer[], theirs: readonly Customer[]): Customer[] {
  const baseById = new Map(base.map((customer) => [idOf(customer), customer]));
  const mineById = new Map(mine.map((customer) => [idOf(customer), customer]));
  const merged = [...mine];
  for (const customer of theirs) {
    const id = idOf(customer);
    const before = baseById.get(id);
    if (!before) {
      // New elsewhere (learned while this page was open): keep it, unless mine added the same tenant.
      if (!mineById.has(id)) merged.push(customer);
      continue;
    }
    // Changed elsewhere and left alone here: take their version; removed here: stays removed.
    const index = merged.findIndex((entry) => idOf(entry) === id);
    if (index >= 0 && same(merged[index], before) && !same(customer, before)) merged[index] = customer;
  }
  return merged;
}

export function mergeSettings(base: Settings, mine: Settings, theirs: Settings): MergeResult {
  const merged: Settings = { ...theirs };
  const conflicts: (keyof Settings)[] = [];
  for (const key of Object.keys(mine) as (keyof Settings)[]) {
    if (same(mine[key], base[key])) continue; // unchanged here: theirs stands
    if (same(theirs[key], base[key]) || same(theirs[key], mine[key])) {
      Object.assign(merged, { [key]: mine[key] });
      continue;
    }
    if (key === 'customers') merged.customers = mergeCustomers(base.customers, mine.customers, theirs.customers);
    else conflicts.push(key);
  }
  return conflicts.length > 0 ? { ok: false, sections: conflicts } : { ok: true, settings: merged };
}
