/**
 * Debian's firefox-esr with the built Firefox add-on, driven by puppeteer-core over WebDriver BiDi.
 * Firefox has no host-resolver rules: every connection goes through a CONNECT tunnel (tunnel.ts)
 * that sends the look-alike hosts to the local server and refuses every other host. The add-on gets
 * a fixed internal UUID (extensions.webextensions.uuids), so its pages have known moz-extension URLs.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_ID } from '../../../lib/extension-id.ts';
import { REPO_ROOT } from './paths.ts';
import { startTunnel, type Tunnel } from './tunnel.ts';
import { waitUntil } from './wait.ts';

export const FIREFOX_EXTENSION_DIR = resolve(REPO_ROOT, '.output/firefox-mv3');
const EXTENSION_UUID = '6f1b8c1e-2d7a-4b8e-9a55-3c2f0e6d7a10';
const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox(): string | null {
  const configured = process.env.FIREFOX_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  return FIREFOX_PATHS.find((path) => existsSync(path)) ?? null;
}

const CLOSE_TIMEOUT_MS = 15_000;

/**
 * Closes Firefox over WebDriver BiDi; when it has not exited by then (seen once in a full run: the
 * close command never answered), the process is killed, so a suite's afterAll cannot hang.
 */
async function closeOrKill(browser: Browser): Promise<void> {
  const child = browser.process();
  const exited = child && child.exitCode === null ? new Promise<void>((resolve) => child.once('exit', () => resolve())) : Promise.resolve();
  void browser.close().catch((error: unknown) => console.warn(`Firefox did not close cleanly: ${String(error)}`));
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), CLOSE_TIMEOUT_MS);
  });
  if ((await Promise.race([exited, late])) === 'late') {
    console.warn(`Firefox had not exited ${CLOSE_TIMEOUT_MS} ms after close: killing it`);
    child?.kill('SIGKILL');
    await exited;
  }
  clearTimeout(timer);
}

export interface FirefoxWithExtension {
  browser: Browser;
  tunnel: Tunnel;
  /** Opens moz-extension://<uuid>/<path> in a new tab, once its document has loaded. */
  extensionPage(path: string): Promise<Page>;
  /** Opens a URL in a new tab. */
  newPage(url: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(options: { port: number; lang?: string }): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error("No Firefox found: install Debian's firefox-esr or set FIREFOX_PATH.");
  const tunnel = await startTunnel(options.port);
  const lang = options.lang ?? 'en';
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      protocolTimeout: 30_000,
      defaultViewport: { width: 1366, height: 900 },
      // Firefox 153 lets WebDriver open moz-extension:// pages only with system access.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': tunnel.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': tunnel.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: EXTENSION_UUID }),
        'intl.locale.requested': lang,
        'intl.accept_languages': lang === 'en' ? 'en-US, en' : `${lang}, en`,
      },
    })
    .catch(async (error: unknown) => {
      await tunnel.close();
      throw error;
    });
  const close = async () => {
    await closeOrKill(browser);
    await tunnel.close();
  };
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== FIREFOX_EXTENSION_ID) throw new Error(`Installed ${installed}, expected ${FIREFOX_EXTENSION_ID}`);
  } catch (error) {
    await close();
    throw error;
  }

  async function extensionPage(path: string): Promise<Page> {
    const url = `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
    const page = await browser.newPage();
    // Firefox loads the page but never reports the navigation done to WebDriver: start it, then wait
    // for the document itself.
    page.goto(url).catch(() => undefined);
    // Each probe is a fresh evaluate: one sent while about:blank gives way to the page can fail inside
    // Firefox's BiDi ("right-hand side of 'in' should be an object, got null", red once in a clean-clone
    // run), and waitForFunction gives up on the first such error; waitUntil asks the new document.
    await waitUntil('the extension page to load', () => page.evaluate((want) => location.href === want && document.readyState === 'complete', url), { timeout: 15_000 });
    return page;
  }

  async function newPage(url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return page;
  }

  return { browser, tunnel, extensionPage, newPage, close };
}

/**
 * Whether `text` is on screen in `frame`, found the way a person finds it (Firefox's find in page).
 * The assistant's panel is in a closed shadow root, which Firefox's WebDriver BiDi accessibility
 * locator does not reach (Chromium's suites read the panel's roles through the accessibility tree).
 */
export function isShown(frame: Frame, text: string): Promise<boolean> {
  return frame.evaluate((wanted) => {
    getSelection()?.removeAllRanges();
    const found = (window as unknown as { find(text: string, caseSensitive: boolean, backwards: boolean, wrapAround: boolean): boolean }).find(wanted, true, false, true);
    getSelection()?.removeAllRanges();
    return found;
  }, text);
}

/** Waits until `text` is on screen in `frame` (isShown). */
export function waitUntilShown(frame: Frame, text: string, timeout = 10_000): Promise<true> {
  return waitUntil(`"${text}" on screen in ${frame.url()}`, () => isShown(frame, text), { timeout, interval: 200 });
}
