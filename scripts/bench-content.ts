/**
 * Idle cost of the portal content script on a NON-support page that keeps changing.
 *
 * Method: the Azure look-alike's home page (#home) in two browsers, one with the built extension and
 * one with a do-nothing stub extension (same flags, same host mapping). In each, the page runs a
 * fixed churn for a fixed time (30 mutations/s for 10 s: rows added and removed, text changed, and
 * every tenth mutation a row with an input and a link, which wakes the assistant's detection).
 * CDP Performance.getMetrics gives the renderer's ScriptDuration and TaskDuration before and after;
 * content scripts run on the page's main thread, so the difference between the two browsers is
 * what the extension costs there. Median of RUNS runs each. Loopback only, bounded loops.
 *
 * Run: npm run bench   (builds first), or after a build: node scripts/bench-content.ts
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from '../test/e2e/harness/browser.ts';
import { startLookalikeServer } from '../test/e2e/harness/server.ts';
import { makeStubExtension } from '../test/e2e/harness/stub-extension.ts';
import { waitUntil } from '../test/e2e/harness/wait.ts';

const RUNS = 5;
const CHURN = { perSecond: 30, seconds: 10 };

async function measure(port: number, extensionPath: string | undefined): Promise<{ script: number; task: number }> {
  const eb = await launchWithExtension({ port, lang: 'en', ...(extensionPath && { extensionPath }) });
  try {
    const page = await eb.newPage('https://portal.azure.com/?ui=fluent#home');
    await page.waitForSelector('.fxs-avatarmenu-tenant');
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const metric = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
      return { script: get('ScriptDuration'), task: get('TaskDuration') };
    };
    // Quiet: no script ran across an idle period that outlasts the assistant's debounce.
    const quiet = () =>
      waitUntil(
        'the page to go quiet',
        async () => {
          const start = await metric();
          await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve, { timeout: 1000 }), { timeout: 1000 })));
          await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
          return (await metric()).script === start.script;
        },
        { timeout: 15_000, interval: 200 },
      );
    await quiet(); // start-up settles
    const before = await metric();
    await page.evaluate(
      ({ perSecond, seconds }) =>
        new Promise<void>((done) => {
          const host = document.body.appendChild(document.createElement('section'));
          let count = 0;
          const timer = setInterval(() => {
            count++;
            const row = document.createElement('div');
            row.className = 'fxc-gc-row-content';
            row.textContent = `Resource ${count} · Running · ${new Date().toISOString()}`;
            if (count % 10 === 0) row.innerHTML += '<input aria-label="Filter"><a href="#home">Open</a>';
            host.appendChild(row);
            if (host.children.length > 40) host.firstElementChild?.remove();
            if (count >= perSecond * seconds) {
              clearInterval(timer);
              done();
            }
          }, 1000 / perSecond);
        }),
      CHURN,
    );
    await quiet(); // queued idle work has run
    const after = await metric();
    return { script: (after.script - before.script) * 1000, task: (after.task - before.task) * 1000 };
  } finally {
    await eb.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const server = await startLookalikeServer();
const stub = await makeStubExtension();
const withExtension: { script: number; task: number }[] = [];
const baseline: { script: number; task: number }[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    baseline.push(await measure(server.port, stub));
    withExtension.push(await measure(server.port, undefined));
  }
} finally {
  await server.close();
}

const script = readFileSync('.output/chrome-mv3/content-scripts/portal.js');
console.log(`Content script .output/chrome-mv3/content-scripts/portal.js: ${script.length} B raw, ${gzipSync(script, { level: 9 }).length} B gzip`);
console.log(`Churn: ${CHURN.perSecond} mutations/s for ${CHURN.seconds} s on https://portal.azure.com/#home (look-alike), ${RUNS} runs each, medians:`);
const row = (name: string, list: { script: number; task: number }[]) =>
  console.log(
    `  ${name.padEnd(22)} script ${median(list.map((m) => m.script))
      .toFixed(1)
      .padStart(7)} ms   main-thread tasks ${median(list.map((m) => m.task))
      .toFixed(1)
      .padStart(7)} ms`,
  );
row('stub extension', baseline);
row('CSP Support Assistant', withExtension);
const extra = median(withExtension.map((m) => m.script)) - median(baseline.map((m) => m.script));
console.log(`  extra script time: ${extra.toFixed(1)} ms over ${CHURN.seconds} s (${(extra / CHURN.seconds).toFixed(2)} ms per second of churn)`);
