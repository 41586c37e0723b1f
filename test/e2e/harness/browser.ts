/**
 * Chromium with the built extension, pointed at the look-alike server: every portal host resolves
 * to it and every other host to nothing, so a test can never touch the real Microsoft sites.
 * One instance per test file; the machine runs one browser at a time (flock /tmp/browser.lock).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type Target, type WebWorker } from 'puppeteer-core';
import { hostResolverRules } from './hosts.ts';
import { EXTENSION_DIR, findChromium } from './paths.ts';
import { workerControl } from './service-worker.ts';

export interface LaunchWithExtensionOptions {
  /** Port of the look-alike server (startLookalikeServer().port). */
  port: number;
  /** UI language, e.g. 'es' → --lang=es and an es accept-language on every page. */
  lang?: string;
  /** Default true (CI has no display). */
  headless?: boolean;
  /** Default .output/chrome-mv3. */
  extensionPath?: string;
  /** A profile to reuse (a browser reopened on it sees what the last one stored); the caller removes it. Default: a fresh temporary one. */
  userDataDir?: string;
}

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  /** A live handle on the service worker, woken first if it was stopped (re-resolved on every call). */
  worker(): Promise<WebWorker>;
  /** Stops the running service worker (as Chrome does after 30 s idle) and waits until that instance is gone. */
  stopServiceWorker(): Promise<void>;
  /** Opens chrome-extension://<id>/<path> in a new foreground tab. */
  extensionPage(path: string): Promise<Page>;
  /** Opens a URL in a new foreground tab (headless background tabs do not paint). */
  newPage(url: string): Promise<Page>;
  close(): Promise<void>;
  /** Kills the browser process at once (SIGKILL), as a crash or a power cut of the app would: no clean shutdown. */
  crash(): Promise<void>;
}

const WORKER_TIMEOUT_MS = 15_000;

function isExtensionWorker(target: Target): boolean {
  return target.type() === 'service_worker' && target.url().endsWith('/background.js');
}

/** Preferred languages for `lang`, most wanted first: 'es-MX' → es-MX, es, en. */
function languageList(lang: string): string[] {
  const base = lang.split('-')[0] ?? lang;
  return [...new Set([lang, base, 'en'])];
}

/** The HTTP header form, with q-values (the --accept-lang flag takes the bare list). */
function acceptLanguage(lang: string): string {
  return languageList(lang)
    .map((tag, index) => (index === 0 ? tag : `${tag};q=${(1 - index * 0.2).toFixed(1)}`))
    .join(',');
}

export async function launchWithExtension(options: LaunchWithExtensionOptions): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found: install Debian's chromium or set PUPPETEER_EXECUTABLE_PATH.");
  const extensionPath = resolve(options.extensionPath ?? EXTENSION_DIR);
  const ownProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'csp-e2e-profile-')));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    // Look-alike hosts to the local server; everything else fails to resolve (hermetic tests).
    `--host-resolver-rules=${hostResolverRules(options.port)}, MAP * ~NOTFOUND`,
  ];
  if (options.lang) args.push(`--lang=${options.lang}`, `--accept-lang=${languageList(options.lang).join(',')}`);

  const browser = await puppeteer
    .launch({
      executablePath,
      headless: options.headless ?? true,
      pipe: true,
      enableExtensions: [extensionPath],
      acceptInsecureCerts: true,
      userDataDir,
      args,
      protocolTimeout: 30_000,
      defaultViewport: { width: 1366, height: 900 },
    })
    .catch(async (error: unknown) => {
      if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
      throw error;
    });
  const close = async () => {
    await browser.close().catch(() => undefined);
    if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
  };
  const crash = async () => {
    const child = browser.process();
    const exited = child && child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve();
    child?.kill('SIGKILL');
    await exited;
    await browser.disconnect().catch(() => undefined);
    if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
  };

  let extensionId: string;
  let workers: ReturnType<typeof workerControl>;
  try {
    const firstWorker = await browser.waitForTarget(isExtensionWorker, { timeout: WORKER_TIMEOUT_MS });
    extensionId = new URL(firstWorker.url()).host;
    workers = workerControl(browser, extensionId);
    // A stop during install would leave a half-installed worker; tests start from an activated one.
    await workers.activated();
  } catch (error) {
    await close();
    throw new Error(`The extension at ${extensionPath} did not start its service worker: ${String(error)}`);
  }

  async function newPage(url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.bringToFront();
    if (options.lang) await page.setExtraHTTPHeaders({ 'accept-language': acceptLanguage(options.lang) });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return page;
  }

  return {
    browser,
    extensionId,
    worker: workers.worker,
    stopServiceWorker: workers.stop,
    newPage,
    extensionPage: (path: string) => newPage(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`),
    close,
    crash,
  };
}
