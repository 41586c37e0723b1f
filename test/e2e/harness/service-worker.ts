/**
 * Stopping and waking an extension's service worker. Stop closes the worker's DevTools target (what
 * puppeteer's WebWorker.close() does; it also keeps puppeteer's target list right when the worker
 * restarts at once) and confirms through the ServiceWorker domain that the version really stopped,
 * falling back to that domain's stopWorker. Wake is the domain's startWorker, as DevTools' "Start".
 */
import type { Browser, CDPSession, Target, WebWorker } from 'puppeteer-core';
import { holdsWithin } from './wait.ts';

const TIMEOUT_MS = 15_000;

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/** What a ServiceWorker-domain session has been told about one registration's active version. */
interface Watch {
  session: CDPSession;
  versionId: () => string | null;
  /** Every running status reported, in order (a stop and an instant restart are both recorded). */
  history: RunningStatus[];
  /** Resolves true once `wanted` is reported after position `from` of the history. */
  reported: (wanted: RunningStatus, from: number, timeoutMs: number) => Promise<boolean>;
}

/** Resolves false after `ms`: the deadline of a call that may never answer. */
function timeout(ms: number): Promise<false> {
  return new Promise((resolve) => setTimeout(() => resolve(false), ms));
}

async function watchRegistration(browser: Browser, scopeURL: string): Promise<Watch> {
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const session = await page.createCDPSession();
  let registrationId: string | null = null;
  let versionId: string | null = null;
  const history: RunningStatus[] = [];
  session.on('ServiceWorker.workerRegistrationUpdated', (event) => {
    const registration = event.registrations.find((r) => r.scopeURL === scopeURL && !r.isDeleted);
    if (registration) registrationId = registration.registrationId;
  });
  session.on('ServiceWorker.workerVersionUpdated', (event) => {
    const active = event.versions.filter((v) => v.registrationId === registrationId && v.status === 'activated').pop();
    if (!active) return;
    versionId = active.versionId;
    if (history[history.length - 1] !== active.runningStatus) history.push(active.runningStatus);
  });
  await session.send('ServiceWorker.enable');
  const reported = (wanted: RunningStatus, from: number, timeoutMs: number) => holdsWithin(() => history.slice(from).includes(wanted), { timeout: timeoutMs, interval: 20 });
  return { session, versionId: () => versionId, history, reported };
}

/** Whether a worker handle still evaluates (a stale one throws or never answers). */
async function answers(handle: WebWorker): Promise<boolean> {
  const evaluated = handle.evaluate(() => true).catch(() => false);
  return Promise.race([evaluated, timeout(2_000)]);
}

export interface WorkerControl {
  /** Resolves once the worker has installed and activated (the browser launch returns before that). */
  activated(): Promise<void>;
  worker(): Promise<WebWorker>;
  stop(): Promise<void>;
}

export function workerControl(browser: Browser, extensionId: string): WorkerControl {
  const scopeURL = `chrome-extension://${extensionId}/`;
  const isOurs = (t: Target) => t.type() === 'service_worker' && t.url() === `${scopeURL}background.js`;
  const running = () => browser.targets().find(isOurs);
  const targetGone = (target: Target) => holdsWithin(() => !browser.targets().includes(target), { timeout: 5_000, interval: 20 });

  async function withWatch(body: (watch: Watch) => Promise<void>): Promise<void> {
    const watch = await watchRegistration(browser, scopeURL);
    try {
      // The domain reports the registration and its version right after enable.
      await holdsWithin(() => watch.versionId(), { timeout: TIMEOUT_MS, interval: 20 });
      if (!watch.versionId()) throw new Error(`No activated service worker for ${scopeURL}`);
      await body(watch);
    } finally {
      await watch.session.detach().catch(() => undefined);
    }
  }

  return {
    activated: () => withWatch(async () => undefined),
    async worker() {
      for (let attempt = 0; attempt < 3; attempt++) {
        let target = running();
        if (!target) {
          await withWatch((watch) => watch.session.send('ServiceWorker.startWorker', { scopeURL }).then(() => undefined));
          target = await browser.waitForTarget(isOurs, { timeout: TIMEOUT_MS });
        }
        const handle = await target.worker();
        if (handle && (await answers(handle))) return handle;
        // A worker that restarted at once can keep its old target, whose handle is dead: close that
        // target (stopping the worker again) so the next start gives puppeteer a fresh one.
        await handle?.close().catch(() => undefined);
        await targetGone(target);
      }
      throw new Error(`No live service worker for ${scopeURL}`);
    },
    async stop() {
      const target = running();
      if (!target) return;
      await withWatch(async (watch) => {
        if (watch.history[watch.history.length - 1] === 'stopped') return;
        const from = watch.history.length;
        // The worker's DevTools session can end on its own between the lookup and the close (it
        // stopped or went idle just then: "No session with given id"). Either way the stop is
        // confirmed below from the registration's own reports, or forced through DevTools.
        await target
          .worker()
          .then((handle) => handle?.close())
          .catch((error: unknown) => console.debug('worker close raced its own end:', error));
        if (await watch.reported('stopped', from, 5_000)) return;
        await watch.session.send('ServiceWorker.stopWorker', { versionId: watch.versionId() ?? '' });
        if (!(await watch.reported('stopped', from, TIMEOUT_MS))) throw new Error('The service worker did not stop.');
      });
      // Let puppeteer drop the stopped worker's target, so worker() never hands out a dead one.
      await targetGone(target);
    },
  };
}
