/**
 * An update from the only release that stored data (0.1.0): its ticket database (version 1, records
 * without the later `response24x7` field) and its settings (no Emergency target, no WXT version meta),
 * written raw into a profile, then read by this build after a restart. Nothing is set aside or lost.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from './harness/browser.ts';
import { startLookalikeServer, type LookalikeServer } from './harness/server.ts';
import { send } from './support/messages.ts';
import { PARTNER_SETTINGS_FILE } from './support/settings.ts';
import { putRawTicketRecord } from './support/ticket-db.ts';

/** storage.local `settings` exactly as 0.1.0's schema wrote it (its defaults, the partner's profile). */
const SETTINGS_0_1_0 = {
  version: 1,
  partner: PARTNER_SETTINGS_FILE.partner,
  ownTenants: PARTNER_SETTINGS_FILE.ownTenants,
  customers: [{ ...PARTNER_SETTINGS_FILE.customers[0], source: 'manual' }],
  sla: { targetMinutes: { A: 120, B: 240, C: 480 }, breakFixClock: '24x7', nonBreakFixBusinessDays: 1, localLanguageOnBusinessHours: true, leadTimeMinutes: 15 },
  businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'Europe/Madrid', holidays: [] },
  switches: { prefillSupportPlan: true, prefillContact: true, showContextWarning: true },
};

/** A ticket record as 0.1.0 stored it: every field of its schema, and its `openKey` index field. */
function record010(number: string, createdAt: number) {
  return {
    id: '5f1d2c3b-aaaa-4bbb-8ccc-000000000001',
    number,
    armName: null,
    subscriptionId: null,
    portal: 'azure',
    customer: { name: 'Contoso Ltd', tenantId: '22222222-2222-4222-8222-222222222222', domain: 'contoso.onmicrosoft.com' },
    severity: 'B',
    breakFix: true,
    issueType: 'technical',
    title: 'Logged by 0.1.0',
    service: 'Virtual Machine running Windows',
    supportLanguage: 'en-US',
    contactMethod: 'email',
    createdAt,
    firstResponseAt: null,
    closedAt: null,
    pausedIntervals: [],
    updatedAt: createdAt,
    deletedAt: null,
    openKey: 1,
  };
}

let server: LookalikeServer;
let profile: string;

beforeAll(async () => {
  server = await startLookalikeServer();
  profile = await mkdtemp(join(tmpdir(), 'csp-e2e-upgrade-'));
});

afterAll(async () => {
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

describe('an update from 0.1.0', () => {
  it('reads its tickets and settings after the restart: the ticket is listed with its 4 h clock, the settings are kept whole', async () => {
    const number = '2611230010000555';
    const createdAt = Date.now() - 30 * 60_000;
    const before = await launchWithExtension({ port: server.port, userDataDir: profile });
    const page = await before.extensionPage('tracker.html');
    await page.evaluate(async (settings) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void>; set(items: object): Promise<void> } } } }).chrome.storage.local;
      await local.clear();
      await local.set({ settings });
    }, SETTINGS_0_1_0);
    await putRawTicketRecord(page, record010(number, createdAt));
    await before.close();

    const after = await launchWithExtension({ port: server.port, userDataDir: profile });
    try {
      const tracker = await after.extensionPage('tracker.html');
      const list = await send(tracker, 'listTickets', { status: 'all', search: number, limit: 10 });
      type View = { ticket: { number: string; response24x7: boolean; severity: string }; sla: { dueAt: number | null } };
      const views = list.ok ? (list.value as { items: View[]; unshowable: unknown[] }) : null;
      expect(views?.unshowable).toEqual([]);
      expect(views?.items.map((view) => view.ticket)).toEqual([expect.objectContaining({ number, severity: 'B', response24x7: false })]);
      expect(views?.items[0]?.sla.dueAt).toBe(createdAt + 4 * 3_600_000);

      const settings = await send(tracker, 'getSettings');
      expect(settings.ok && settings.value).toMatchObject({
        partner: { email: 'support@fabrikampartners.example' },
        ownTenants: [{ tenantId: '11111111-1111-4111-8111-111111111111' }],
        customers: [{ name: 'Contoso Ltd' }],
        // Added after 0.1.0: the Emergency target takes its default, the rest is as stored.
        sla: { targetMinutes: { E: 60, A: 120, B: 240, C: 480 } },
        businessHours: { timeZone: 'Europe/Madrid' },
      });
      expect(await send(tracker, 'getSettingsSetAside')).toEqual({ ok: true, value: [] });
    } finally {
      await after.close();
    }
  });
});
