/**
 * npm run bench:compare -- <other build>: this build against another, alternating in one session, on
 * the two figures whose change from one build to the next is smaller than this machine's drift
 * between runs (README, Performance): the idle storm in the top document (against the empty twin)
 * and the popup's first row (5,000 tickets, cold and warm worker). Prints each build's medians and
 * the difference; it judges nothing, so it exits 0 whatever the figures.
 *
 *   git worktree add /tmp/old <commit> && (cd /tmp/old && npm ci && npm run build:chrome)
 *   npm run bench:compare -- /tmp/old/.output/chrome-mv3 [--rounds 5]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../test/e2e/harness/browser.ts';
import { startLookalikeServer } from '../test/e2e/harness/server.ts';
import { median } from './bench/stats.ts';
import { stormCost } from './bench/storm.ts';
import { importTime, popupFirstRow } from './bench/tickets.ts';
import { makeEmptyTwin } from './bench/twin.ts';

const THIS_BUILD = '.output/chrome-mv3';
const other = process.argv.slice(2).find((arg, index, args) => !arg.startsWith('--') && args[index - 1] !== '--rounds');
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 5;
const POPUP_OPENINGS = 10;
const TICKETS = 5_000;

if (!other || !existsSync(resolve(other, 'manifest.json'))) {
  console.error('Usage: npm run bench:compare -- <another built extension directory, with its manifest.json> [--rounds N]');
  process.exit(2);
}

const builds = { other: resolve(other), this: resolve(THIS_BUILD) } as const;
type Build = keyof typeof builds;
const samples = (): Record<Build, number[]> => ({ other: [], this: [] });
const stormScript = samples();
const stormTask = samples();
const twinScript: number[] = [];
const twinTask: number[] = [];
const popupCold = samples();
const popupWarm = samples();

const server = await startLookalikeServer();
try {
  const twin = await makeEmptyTwin(THIS_BUILD);
  for (let round = 0; round < ROUNDS; round++) {
    const empty = await stormCost(server.port, twin, 'top');
    twinScript.push(empty.script);
    twinTask.push(empty.task);
    // Alternate which build goes first, so a drift within a round favours neither.
    const order: Build[] = round % 2 === 0 ? ['other', 'this'] : ['this', 'other'];
    for (const build of order) {
      const cost = await stormCost(server.port, builds[build], 'top');
      stormScript[build].push(cost.script);
      stormTask[build].push(cost.task);
      const eb = await launchWithExtension({ port: server.port, lang: 'en', extensionPath: builds[build] });
      try {
        await importTime(eb, TICKETS);
        popupCold[build].push(median(await popupFirstRow(eb, POPUP_OPENINGS, 'cold')));
        popupWarm[build].push(median(await popupFirstRow(eb, POPUP_OPENINGS, 'warm')));
      } finally {
        await eb.close();
      }
    }
    console.log(`round ${round + 1} of ${ROUNDS} done`);
  }
} finally {
  await server.close();
}

const row = (name: string, values: Record<Build, number[]>, unit: string, base = 0) => {
  const [a, b] = [median(values.other) - base, median(values.this) - base];
  return `| ${name} | ${a.toFixed(1)} ${unit} | ${b.toFixed(1)} ${unit} | ${(b - a >= 0 ? '+' : '') + (b - a).toFixed(1)} ${unit} |`;
};
console.log(`\nnpm run bench:compare: ${builds.other} (other) against ${builds.this} (this), ${ROUNDS} rounds alternating\n`);
console.log('| figure (median of the rounds) | other | this | this − other |');
console.log('| --- | --- | --- | --- |');
console.log(row('storm, top document: extra script time against the twin', stormScript, 'ms', median(twinScript)));
console.log(row('storm, top document: task time', stormTask, 'ms'));
console.log(`| storm, top document: the twin's task time | ${median(twinTask).toFixed(1)} ms | | |`);
console.log(row(`popup first row, ${TICKETS.toLocaleString('en')} tickets, cold worker (median of ${POPUP_OPENINGS} a round)`, popupCold, 'ms'));
console.log(row(`popup first row, ${TICKETS.toLocaleString('en')} tickets, warm worker (median of ${POPUP_OPENINGS} a round)`, popupWarm, 'ms'));
