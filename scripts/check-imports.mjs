#!/usr/bin/env node
// `npm run imports`: the import graph of lib/, components/ and entrypoints/, read by madge twice (with
// type-only imports, then without), must hold no cycle, and each layer may import only from below it:
// entrypoints/ → components/ → lib/. A type import counts too: it ties the files together just the same.
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
process.exit(failed ? 1 : 0);
