/**
 * The ticket tracker end to end in Chromium: tickets logged through the background's messages,
 * the popup (opened as a page) listing them by next breach with live countdowns, the actions,
 * the badge, alarms rebuilt after the service worker restarts, and concurrent logging.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser.ts';
import { startLookalikeServer, type LookalikeServer } from './harness/server.ts';
import { impossibleRecord, putRawTicketRecord } from './support/ticket-db.ts';
import { sendOk, type ExportJson, type LoggedJson, type PageJson, type Reply, type ViewJson } from './support/messages.ts';
import { waitUntil } from './harness/wait.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const CONTOSO = { name: 'Contoso Ltd', tenantId: '22222222-2222-4222-8222-222222222222', domain: 'contoso.onmicrosoft.com' };
const FABRIKAM = { name: 'Fabrikam Inc', tenantId: '33333333-3333-4333-8333-333333333333', domain: null };

/** The extension APIs the page and worker callbacks use (they run in the browser, not here). */
interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<Reply> };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]>; clearAll(): Promise<boolean> };
  action: { getBadgeText(details: object): Promise<string> };
}
interface Row {
  id: string;
  number: string;
  customer: string;
  state: string;
  stateText: string;
  countdown: string;
}

let server: LookalikeServer;
let ext: ExtensionBrowser;
let seeder: Page;
let tempDir: string;

const listAll = (page: Page, query: object = {}) => sendOk<PageJson>(page, 'listTickets', { status: 'all', limit: 200, ...query });

function ticket(number: string | null, severity: 'A' | 'B' | 'C', ageMs: number, customer: object = CONTOSO) {
  return { number, portal: 'azure', customer, severity, breakFix: true, issueType: 'technical', title: `Sev ${severity} request`, supportLanguage: 'en-US', createdAt: Date.now() - ageMs };
}

async function rows(page: Page): Promise<Row[]> {
  return page.$$eval('[data-testid=ticket-row]', (elements) =>
    elements.map((element) => {
      const text = (testId: string) => element.querySelector(`[data-testid=${testId}]`)?.textContent?.trim() ?? '';
      const row = element as HTMLElement;
      return { id: row.dataset.ticketId ?? '', number: text('number'), customer: text('customer'), state: row.dataset.state ?? '', stateText: text('state'), countdown: text('countdown') };
    }),
  );
}

/** "2h 59m" → 179, "9m" → 9, "-1h 00m" → -60 (formatDuration's output). */
function minutesOf(text: string): number {
  const match = /^(-?)(?:(\d+)d )?(?:(\d+)h )?(\d+)m$/.exec(text.replace(/^.*?(-?\d)/, '$1'));
  if (!match) throw new Error(`Not a duration: ${text}`);
  const minutes = Number(match[2] ?? 0) * 1440 + Number(match[3] ?? 0) * 60 + Number(match[4]);
  return match[1] ? -minutes : minutes;
}

async function openPopup(): Promise<Page> {
  const popup = await ext.extensionPage('popup.html');
  await popup.setViewport({ width: 400, height: 600 });
  await popup.waitForSelector('[data-testid=ticket-row], [data-testid=empty]');
  return popup;
}

/**
 * Clicks a control of the ticket list once the list has settled: no load under way (`aria-busy`),
 * and the control where it stays (puppeteer's locator waits for a box that holds still across
 * frames). An action shows its result in place and then reloads the list in order: a click aimed
 * while the rows move lands on the wrong one.
 */
async function clickInList(page: Page, selector: string): Promise<void> {
  await page.waitForSelector('ul.tickets[aria-busy="false"]');
  await page.locator(selector).click();
}

/** Waits until the popup shows what `check` expects (the list reloads after each action). */
async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  return waitUntil(what, async () => {
    const value = await read();
    return check(value) ? { value } : null;
  }).then(({ value }) => value);
}

async function badgeText(): Promise<string> {
  const worker = await ext.worker();
  return worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({}));
}

async function alarmNames(): Promise<string[]> {
  const worker = await ext.worker();
  return worker.evaluate(async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.getAll()).map((alarm) => alarm.name).sort());
}

beforeAll(async () => {
  server = await startLookalikeServer();
  ext = await launchWithExtension({ port: server.port });
  tempDir = await mkdtemp(join(tmpdir(), 'tracker-e2e-'));
  seeder = await ext.extensionPage('tracker.html');
  // Breached (C, 9 h old), at risk (A, 1 h 50 m old: 10 min left), on track (B, 1 h old: 3 h left).
  await sendOk<LoggedJson>(seeder, 'logTicket', ticket('2411230010000003', 'C', 9 * HOUR));
  await sendOk<LoggedJson>(seeder, 'logTicket', ticket('2411230010000001', 'A', 110 * MIN, FABRIKAM));
  await sendOk<LoggedJson>(seeder, 'logTicket', ticket('2411230010000002', 'B', HOUR));
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

describe('popup', () => {
  it('lists open tickets by next breach, with countdowns near their targets and states in words', async () => {
    const popup = await openPopup();
    const listed = await rows(popup);
    expect(listed.map((row) => row.number)).toEqual(['2411230010000003', '2411230010000001', '2411230010000002']);
    expect(listed.map((row) => row.state)).toEqual(['breached', 'atRisk', 'onTrack']);
    expect(listed[0]!.stateText).toMatch(/Breached -1h 0\dm/);
    expect(listed[1]).toMatchObject({ customer: 'Fabrikam Inc', stateText: expect.stringContaining('At risk') });
    expect(Math.abs(minutesOf(listed[1]!.countdown) - 10)).toBeLessThanOrEqual(1);
    expect(Math.abs(minutesOf(listed[2]!.countdown) - 180)).toBeLessThanOrEqual(1);
    expect(listed[2]!.stateText).toContain('On track');
    // The countdown is live: it is recomputed every second from the due time.
    const dueAt = Number(await popup.$eval('[data-testid=ticket-row]:nth-child(2) [data-testid=countdown]', (element) => (element as HTMLElement).dataset.dueAt));
    expect(Math.abs(dueAt - (Date.now() + 10 * MIN))).toBeLessThan(2 * MIN);
    // Badge: one breached + one at risk.
    expect(await badgeText()).toBe('2');
    await popup.close();
  });

  it('records a first response, closes, and deletes with undo', async () => {
    const popup = await openPopup();
    const [breached, atRisk, onTrack] = await rows(popup);
    await clickInList(popup, `[data-ticket-id="${atRisk!.id}"] [data-action=firstResponse]`);
    await until(
      () => rows(popup),
      (list) => list.find((row) => row.id === atRisk!.id)?.stateText === '✓Met',
      'Met',
    );
    await clickInList(popup, `[data-ticket-id="${onTrack!.id}"] [data-action=close]`);
    await until(
      () => rows(popup),
      (list) => !list.some((row) => row.id === onTrack!.id),
      'closed ticket to leave the open list',
    );
    await clickInList(popup, `[data-ticket-id="${breached!.id}"] [data-action=delete]`);
    await until(
      () => rows(popup),
      (list) => !list.some((row) => row.id === breached!.id),
      'deleted ticket to disappear',
    );
    expect(await popup.$eval('[data-testid=toast]', (element) => element.textContent)).toContain('2411230010000003');
    await clickInList(popup, '[data-testid=toast] [data-action=undo]');
    await until(
      () => rows(popup),
      (list) => list.some((row) => row.id === breached!.id),
      'undo to bring it back',
    );
    // Only the breached ticket needs attention now.
    await until(badgeText, (text) => text === '1', 'badge 1');
    await popup.close();
  });

  it('adds a ticket by hand, with its number', async () => {
    const popup = await openPopup();
    await popup.click('[data-action=add]');
    await popup.type('#add-number', '2411230010000077');
    await popup.type('#add-customer', 'Northwind');
    await popup.select('#add-severity', 'B');
    await popup.type('#add-title-field', 'Phoned in');
    await popup.click('[data-testid=add-form] button[type=submit]');
    const added = await until(
      () => rows(popup),
      (list) => list.some((row) => row.number === '2411230010000077'),
      'manual ticket',
    );
    expect(added.find((row) => row.number === '2411230010000077')).toMatchObject({ customer: 'Northwind', state: 'onTrack' });
    expect(Math.abs(minutesOf(added.find((row) => row.number === '2411230010000077')!.countdown) - 240)).toBeLessThanOrEqual(1);
    await popup.close();
  });
});

describe('service worker restarts', () => {
  it('rebuilds an alarm for each open ticket when the worker starts again', async () => {
    // Alarms "may be cleared when the browser is restarted": clear them, stop the worker, wake it.
    const worker = await ext.worker();
    await worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.clearAll());
    await ext.stopServiceWorker();
    await ext.worker();
    const open = (await listAll(seeder, { status: 'open' })).items;
    const running = open.filter((view) => view.sla?.state === 'onTrack' || view.sla?.state === 'atRisk');
    expect(running.length).toBeGreaterThanOrEqual(1);
    const names = await until(alarmNames, (list) => running.every((view) => list.includes(`sla:${view.ticket.id}:breach`)), 'alarms for every open ticket');
    for (const view of running) {
      if (view.sla?.state === 'onTrack') expect(names).toContain(`sla:${view.ticket.id}:warn`);
    }
    expect(names).toContain('sla:tick');
    // Nothing else: closed, answered and breached tickets need no alarm.
    expect(names.filter((name) => name !== 'sla:tick').length).toBeLessThanOrEqual(2 * running.length);
  });

  it('loses nothing when the worker stops between writes', async () => {
    const before = (await listAll(seeder)).items.length;
    await ext.stopServiceWorker();
    const logged = await sendOk<LoggedJson>(seeder, 'logTicket', ticket(null, 'A', 5 * MIN, CONTOSO));
    expect(logged.created).toBe(true);
    await ext.stopServiceWorker();
    const restored = await sendOk<ViewJson | null>(seeder, 'getTicket', { id: logged.view.ticket.id });
    expect(restored?.sla?.state).toBe('onTrack');
    expect((await listAll(seeder)).items).toHaveLength(before + 1);
    await until(alarmNames, (list) => list.includes(`sla:${logged.view.ticket.id}:warn`), 'alarms for the new ticket');
  });

  it('keeps both tickets when two pages log different ones at the same moment, and one when they log the same', async () => {
    const [first, second] = [await ext.extensionPage('tracker.html'), await ext.extensionPage('tracker.html')];
    const at = Date.now() + 300;
    const logAt = (page: Page, number: string) =>
      page.evaluate(
        async (at, input) => {
          while (Date.now() < at) await new Promise((resolve) => setTimeout(resolve, 1));
          return (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({ name: 'logTicket', data: input });
        },
        at,
        ticket(number, 'B', MIN),
      );
    const created = (reply: Reply) => reply.ok && (reply.value as LoggedJson).created;
    const different = await Promise.all([logAt(first, '2411230010000501'), logAt(second, '2411230010000502')]);
    expect(different.map(created)).toEqual([true, true]);
    const same = await Promise.all([logAt(first, '2411230010000600'), logAt(second, '2411230010000600')]);
    expect(same.map(created).sort()).toEqual([false, true]);
    const numbers = (await listAll(seeder, { search: '24112300100005' })).items.map((view) => view.ticket.number);
    expect(numbers.sort()).toEqual(['2411230010000501', '2411230010000502']);
    expect((await listAll(seeder, { search: '2411230010000600' })).items).toHaveLength(1);
    await Promise.all([first.close(), second.close()]);
  });
});

describe('tracker page', () => {
  it('highlights the ticket named in the address, as a notification click opens it', async () => {
    // The oldest closed ticket: not on the tracker's first page, so it must be pinned on top.
    const closed = (await listAll(seeder, { status: 'closed' })).items.at(-1)!;
    const tracker = await ext.extensionPage(`tracker.html#ticket=${closed.ticket.id}`);
    await tracker.waitForSelector(`.ticket--highlight[data-ticket-id="${closed.ticket.id}"]`);
    await tracker.close();
  });

  it('imports a JSON export and refuses a bad file with a clear message, changing nothing', async () => {
    const tracker = await ext.extensionPage('tracker.html');
    await tracker.waitForSelector('[data-testid=ticket-row]');
    const exported = await sendOk<ExportJson>(tracker, 'exportTickets', { format: 'json' });
    const count = exported.count;
    const bad = join(tempDir, 'bad.json');
    await writeFile(bad, '{"format":"csp-support-assistant/tickets","version":1,"exportedAt":1764547200000,"tickets":[{"id":"nope"}]}');
    const input = await tracker.$('input#import-file');
    await input!.uploadFile(bad);
    const message = await tracker.waitForSelector('[data-testid=import-result]');
    expect(await message!.evaluate((element) => element.textContent)).toMatch(/bad\.json was not imported.*tickets\.0\.id/);
    const good = join(tempDir, 'good.json');
    await writeFile(good, exported.text);
    await input!.uploadFile(good);
    await tracker.waitForFunction(() => document.querySelector('[data-testid=import-result]')?.textContent?.startsWith('Imported good.json'));
    expect((await sendOk<ExportJson>(tracker, 'exportTickets', { format: 'json' })).count).toBe(count);
    await tracker.close();
  });

  it.each([
    ['impossible dates (written before dates were bounded)', impossibleRecord('2403040019999999'), /1 request\(s\) could not be shown.*2403040019999999 · a date before 2010/],
    [
      'no customer and a number for a title (edited by hand)',
      { ...impossibleRecord('2403040018888888'), createdAt: Date.now(), updatedAt: Date.now(), customer: null, title: 42 },
      /1 request\(s\) could not be shown.*2403040018888888 · a field of the wrong kind/,
    ],
  ])('a stored record with %s is set apart: the list still shows, and it can be deleted', async (_, record, notice) => {
    const tracker = await ext.extensionPage('tracker.html');
    await tracker.waitForSelector('[data-testid=ticket-row]');
    const before = await tracker.$$eval('[data-testid=ticket-row]', (rows) => rows.length);
    // Straight into the extension's IndexedDB, as an old build, a broken import or a hand edit left it.
    await putRawTicketRecord(tracker, record);
    await tracker.reload();
    const shown = await tracker.waitForSelector('[data-testid=unshowable]');
    expect(await shown!.evaluate((el) => el.textContent)).toMatch(notice);
    expect(await tracker.$$eval('[data-testid=ticket-row]', (rows) => rows.length)).toBe(before);
    await (await tracker.waitForSelector('[data-testid=unshowable] button'))!.click();
    await tracker.waitForFunction(() => !document.querySelector('[data-testid=unshowable]'));
    expect(await tracker.$$eval('[data-testid=ticket-row]', (rows) => rows.length)).toBe(before);
    await tracker.close();
  });
});
