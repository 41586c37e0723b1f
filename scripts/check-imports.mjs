#!/usr/bin/env node
// `npm run imports`: the import graph of lib/, components/ and entrypoints/, read by madge twice (with
// type-only imports, then without), must hold no cycle, and each layer may import only from below it:
// entrypoints/ → components/ → lib/. A type import counts too: it ties the files together just the same.
// Then the scripts npm runs with plain `node` must reach only imports Node itself can resolve.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import madge from 'madge';

const ROOTS = ['lib', 'components', 'entrypoints'];
/** What each layer may import from, besides packages. */
const ALLOWED = { lib: ['lib'], components: ['components', 'lib'], entrypoints: ['entrypoints', 'components', 'lib'] };

async function graph(skipTypeImports) {
  const result = await madge(ROOTS, {
    fileExtensions: ['ts', 'tsx'],
    tsConfig: 'tsconfig.json',
    detectiveOptions: { ts: { skipTypeImports }, tsx: { skipTypeImports } },
  });
  return result;
}

let failed = false;
for (const skipTypeImports of [false, true]) {
  const result = await graph(skipTypeImports);
  const cycles = result.circular();
  const label = skipTypeImports ? 'runtime imports only' : 'runtime and type imports';
  const files = Object.keys(result.obj()).length;
  if (cycles.length === 0) console.log(`no import cycle (${label}, ${files} files)`);
  for (const cycle of cycles) {
    failed = true;
    console.error(`import cycle (${label}): ${cycle.join(' → ')} → ${cycle[0]}`);
  }
  if (skipTypeImports) continue;
  for (const [file, deps] of Object.entries(result.obj())) {
    const layer = file.split('/')[0];
    for (const dep of deps) {
      const target = dep.split('/')[0];
      if (target in ALLOWED && !ALLOWED[layer].includes(target)) {
        failed = true;
        console.error(`layering: ${file} (${layer}/) imports ${dep}; ${layer}/ may import only from ${ALLOWED[layer].join(', ')}`);
      }
    }
  }
}
if (!failed) console.log('layering holds: entrypoints/ → components/ → lib/');

// A script npm runs with plain `node scripts/x.ts` must reach only imports Node resolves itself (with
// their extension). lib/ leaves extensions off: such a script reads only a lib/ file with no imports
// (lib/tickets/archive-size.ts), or runs through run-bundled.mjs when its paths do not depend on where it is.
const RELATIVE_IMPORT = /(?:^|\n)\s*(?:import|export)(?!\s+type\b)\b[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const plainNodeScripts = Object.values(JSON.parse(readFileSync('package.json', 'utf8')).scripts).flatMap((command) =>
  [...command.matchAll(/\bnode (scripts\/[\w./-]+\.ts)\b/g)].map((match) => match[1]),
);
const seen = new Set();
let unresolved = false;
const walk = (file, from) => {
  if (seen.has(file)) return;
  seen.add(file);
  if (!existsSync(file)) {
    unresolved = true;
    console.error(`plain node: ${from} imports ${relative('.', file)}, which Node cannot find (no extension)`);
    return;
  }
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) walk(resolve(dirname(file), spec), relative('.', file));
};
for (const script of plainNodeScripts) walk(resolve(script), 'package.json');
failed ||= unresolved;
if (!unresolved) console.log(`plain-node scripts reach only resolvable imports (${plainNodeScripts.length} scripts, ${seen.size} files)`);
process.exit(failed ? 1 : 0);
