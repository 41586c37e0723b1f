import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSettingsHandlers } from '../../../entrypoints/background/settings-handlers';
import { exportSettingsFile, parseSettingsFile } from '../../../lib/settings/file';
import { salvageSettings } from '../../../lib/settings/salvage';
import { defaultSettings, settingsSchema } from '../../../lib/settings/schema';
import { createSettingsStore } from '../../../lib/settings/store';
import { settingsStorage } from '../support/storage';
import { ticketsToCsv } from '../../../lib/tickets/csv';
import { parseTicketsFile, serializeTicketsFile } from '../../../lib/tickets/export-file';
import { ticketSchema } from '../../../lib/tickets/schema';
import { partitionShowable } from '../../../lib/tickets/showable';
import { storedTicket, T0 } from '../tickets/fixtures';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS } from './parameters';

/**
 * Fuzzing the ways data comes in: settings files, tickets files, and whatever storage holds. At
 * least 1,000 cases each. Never a crash, never a change to stored data on a rejection, and every
 * rejection names what failed (a field path, or '' with a file-level message).
 */
const RUNS = FUZZ_RUNS.numRuns;
const FUZZ = { timeout: FUZZ_TIMEOUT_MS };
const VALID_SETTINGS = JSON.parse(
  exportSettingsFile({
    ...defaultSettings(),
    partner: {
      companyName: 'Fabrikam',
      firstName: 'Lucía',
      lastName: 'García',
      email: 'a@fabrikam.example',
      additionalEmails: [],
      phone: '+34 910 000 000',
      country: 'ES',
      timeZone: 'Europe/Madrid',
      preferredContactMethod: 'email',
      supportLanguage: 'es-ES',
    },
    ownTenants: [{ name: 'Own', tenantId: '11111111-1111-4111-8111-111111111111', domains: [] }],
  }),
);
const VALID_TICKETS = JSON.parse(serializeTicketsFile([storedTicket()], T0 + 1000));

/** Any JSON value, with strings that look like what the fields hold (and control and bidi characters). */
const nasty = fc.oneof(fc.string(), fc.constantFrom('', ' ', '\u202e', '\u0000', '------', '2026-02-31', 'not-a-guid', '=cmd|', '8.64e15', 'null'));
const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    nasty,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** A valid file with one field somewhere replaced by garbage, or removed. */
function mutated(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    paths.push(path);
    if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
  };
  walk(base, []);
  return fc.tuple(fc.constantFrom(...paths.filter((path) => path.length > 0)), fc.option(anyJson, { nil: undefined })).map(([path, replacement]) => {
    const copy = structuredClone(base);
    let node = copy as Record<string, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    const last = path.at(-1) as string;
    if (replacement === undefined) delete node[last];
    else node[last] = replacement;
    return copy;
  });
}

const asText = (value: unknown) => fc.constantFrom('', '\uFEFF').map((bom) => bom + JSON.stringify(value));
const namesWhatFailed = (issues: readonly { path: string; key: string }[]) => issues.length > 0 && issues.every((issue) => typeof issue.path === 'string' && /^err[A-Z]/.test(issue.key));

describe('fuzz: settings files', FUZZ, () => {
  it(`${RUNS} settings files: never a crash; accepted ones validate; rejected ones name the field and store nothing`, async () => {
    const stats = { accepted: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJson.chain(asText), mutated(VALID_SETTINGS).chain(asText), fc.string()), async (text) => {
        const before = { settings: VALID_SETTINGS };
        const storage = await settingsStorage(before);
        const store = createSettingsStore(storage.items);
        const parsed = parseSettingsFile(text);
        // The import as the options page sends it, through the background's handler and store.
        const result = await createSettingsHandlers(store).importSettings({ text }, { id: 'ext' });
        expect(result.ok).toBe(parsed.ok);
        if (parsed.ok) {
          stats.accepted += 1;
          expect(settingsSchema.safeParse(parsed.value).success).toBe(true);
          return;
        }
        stats.rejected += 1;
        expect(namesWhatFailed(parsed.issues.map((issue) => ({ path: issue.path, key: issue.messageKey })))).toBe(true);
        expect(await storage.stored()).toEqual(before);
      }),
      FUZZ_RUNS,
    );
    expect(stats.accepted + stats.rejected).toBe(RUNS);
    expect(stats.rejected).toBeGreaterThan(RUNS / 2);
  });
});

describe('fuzz: tickets files', FUZZ, () => {
  it(`${RUNS} tickets files: never a crash; accepted tickets validate and show; rejected ones name the field`, () => {
    fc.assert(
      fc.property(fc.oneof(anyJson.chain(asText), mutated(VALID_TICKETS).chain(asText), fc.string()), (text) => {
        const parsed = parseTicketsFile(text);
        if (parsed.ok) {
          for (const ticket of parsed.value.tickets) expect(ticketSchema.safeParse(ticket).success).toBe(true);
          // Whatever an import accepts can be shown: nothing it lets in is set apart later.
          expect(partitionShowable(parsed.value.tickets, Date.now()).unshowable).toEqual([]);
          return;
        }
        expect(namesWhatFailed(parsed.issues.map((issue) => ({ path: issue.path, key: issue.messageKey })))).toBe(true);
      }),
      FUZZ_RUNS,
    );
  });

  it(`${RUNS} CSV exports of accepted tickets: one line per ticket, every line the header's width, no formula cell`, () => {
    const policy = defaultSettings();
    fc.assert(
      fc.property(fc.array(fc.record({ title: nasty, name: nasty, severity: fc.constantFrom('E', 'A', 'B', 'C', 'unknown') as fc.Arbitrary<'A'> }), { maxLength: 5 }), (rows) => {
        const tickets = rows.map((row, index) =>
          ticketSchema.parse({
            ...storedTicket(),
            id: crypto.randomUUID(),
            number: String(2403040010000000 + index),
            title: row.title,
            severity: row.severity,
            customer: { name: row.name, tenantId: null, domain: null },
          }),
        );
        const csv = ticketsToCsv(tickets, T0 + 60_000, policy.sla, policy.businessHours);
        const lines = csv.split('\r\n').slice(0, -1);
        expect(lines).toHaveLength(tickets.length + 1);
        // Commas inside quotes are text: split only on those outside a quoted cell.
        const cells = (line: string) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((cell) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell));
        for (const line of lines) expect(cells(line)).toHaveLength(cells(lines[0]!).length);
        for (const line of lines.slice(1)) expect(cells(line).filter((cell) => /^[=+@\t\r]|^-(?!\d)/.test(cell))).toEqual([]);
      }),
      FUZZ_RUNS,
    );
  });
});

describe('fuzz: stored values', FUZZ, () => {
  it(`${RUNS} stored settings values: reading never throws, always gives valid settings, and sets a bad value aside once`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJson, mutated(VALID_SETTINGS)), async (raw) => {
        const salvaged = salvageSettings(raw);
        expect(settingsSchema.safeParse(salvaged.settings).success).toBe(true);
        const storage = await settingsStorage(raw === undefined ? {} : { settings: raw });
        // What storage holds is what survives its serialisation (-Infinity is stored as null, for one).
        const held = (await storage.stored()).settings;
        const store = createSettingsStore(storage.items);
        await store.read();
        await store.read();
        const aside = await store.setAside();
        expect(aside).toHaveLength(held === undefined || held === null || salvageSettings(held).problems.length === 0 ? 0 : 1);
        if (aside.length === 1) expect(aside[0]?.raw).toEqual(held);
      }),
      FUZZ_RUNS,
    );
  });
});
