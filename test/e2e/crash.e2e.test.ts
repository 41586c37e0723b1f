/**
 * The browser killed (SIGKILL, no clean shutdown) right after the background answered a write, then
 * reopened on the same profile: what was acknowledged is there. Tickets live in IndexedDB, settings in
 * storage.local; both belong to the extension's own profile directory.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from './harness/browser.ts';
import { startLookalikeServer, type LookalikeServer } from './harness/server.ts';
import { send } from './support/messages.ts';
import { PARTNER_SETTINGS_FILE } from './support/settings.ts';

let server: LookalikeServer;
let profile: string;

beforeAll(async () => {
  server = await startLookalikeServer();
  profile = await mkdtemp(join(tmpdir(), 'csp-e2e-crash-'));
});

afterAll(async () => {
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

describe('a browser killed right after a write', () => {
  it('reopened on the same profile: the logged ticket and the imported settings are there, once', async () => {
    const number = '2611230010000777';
    const first = await launchWithExtension({ port: server.port, userDataDir: profile });
    const page = await first.extensionPage('tracker.html');
    const imported = await send(page, 'importSettings', { text: JSON.stringify(PARTNER_SETTINGS_FILE) });
    const logged = await send(page, 'logTicket', {
      number,
      portal: 'azure',
      customer: { name: 'Contoso Ltd', tenantId: '22222222-2222-4222-8222-222222222222', domain: 'contoso.onmicrosoft.com' },
      severity: 'A',
      breakFix: true,
      issueType: 'technical',
      title: 'Logged just before the crash',
      createdAt: Date.now() - 60_000,
    });
    expect(imported).toMatchObject({ ok: true });
    expect(logged).toMatchObject({ ok: true, value: { created: true } });
    await first.crash();

    const second = await launchWithExtension({ port: server.port, userDataDir: profile });
    try {
      const again = await second.extensionPage('tracker.html');
      const list = await send(again, 'listTickets', { status: 'all', search: number, limit: 10 });
      expect(list.ok && (list.value as { items: { ticket: { number: string; title: string } }[] }).items.map((view) => view.ticket)).toEqual([
        expect.objectContaining({ number, title: 'Logged just before the crash' }),
      ]);
      const settings = await send(again, 'getSettings');
      expect(settings.ok && (settings.value as { partner: { email: string } | null }).partner?.email).toBe('support@fabrikampartners.example');
    } finally {
      await second.close();
    }
  });
});
