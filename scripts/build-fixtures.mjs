// Bundles every look-alike: test/fixtures/src/<name>/main.tsx → test/fixtures/dist/<name>.js
// (`shared` holds code the look-alikes import and is not an entry). Run by `npm run fixtures`.
// One self-contained IIFE per site, because the look-alike server answers unknown paths with the
// site's index.html, so a page must never depend on a second asset path.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'test/fixtures/src');
const distDir = join(root, 'test/fixtures/dist');

const entries = readdirSync(srcDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => ({ name: entry.name, file: join(srcDir, entry.name, 'main.tsx') }))
  .filter((entry) => existsSync(entry.file));

if (entries.length === 0) {
  console.error(`No look-alike entry found (expected ${relative(root, srcDir)}/<name>/main.tsx).`);
  process.exit(1);
}
mkdirSync(distDir, { recursive: true });

// The panel gallery renders the extension's own Preact components, with wxt/browser's i18n from a
// shim and the panel stylesheet as text, as the content script imports it (`?inline`).
const PANEL_GALLERY = 'panel-gallery';
const panelGalleryOptions = {
  jsxImportSource: 'preact',
  alias: { 'wxt/browser': join(srcDir, PANEL_GALLERY, 'browser-shim.ts') },
  plugins: [
    {
      name: 'css-inline',
      setup(build) {
        build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.replace(/\?inline$/, '')), namespace: 'css-text' }));
        build.onLoad({ filter: /.*/, namespace: 'css-text' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
      },
    },
  ],
};

const started = Date.now();
const results = await Promise.allSettled(
  entries.map((entry) =>
    esbuild.build({
      entryPoints: [entry.file],
      outfile: join(distDir, `${entry.name}.js`),
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      minify: true,
      jsx: 'automatic',
      ...(entry.name === PANEL_GALLERY ? panelGalleryOptions : { jsxImportSource: 'react' }),
      define: { 'process.env.NODE_ENV': '"production"' },
      legalComments: 'none',
      logLevel: 'silent',
    }),
  ),
);

let failed = false;
for (const [index, result] of results.entries()) {
  const entry = entries[index];
  if (result.status === 'rejected') {
    failed = true;
    const errors = result.reason?.errors ?? [];
    const text = errors.length > 0 ? esbuild.formatMessagesSync(errors, { kind: 'error' }).join('\n') : String(result.reason);
    console.error(`✗ ${entry.name}\n${text}`);
    continue;
  }
  const code = readFileSync(join(distDir, `${entry.name}.js`));
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`✓ ${`dist/${entry.name}.js`.padEnd(28)} ${kb(code.length).padStart(10)}  (gzip ${kb(gzipSync(code).length)})`);
}
console.log(`${failed ? 'Failed' : 'Built'} ${entries.length} look-alike bundle(s) in ${Date.now() - started} ms.`);
process.exit(failed ? 1 : 0);
