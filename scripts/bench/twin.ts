/**
 * The empty twin: an extension with the built product's content-script entries (same matches, frames
 * and timing) whose scripts are empty, and an idle worker. Whatever the browser itself spends on an
 * extension that injects into every portal frame is in both; the difference is the product's own cost.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function makeEmptyTwin(builtDir: string): Promise<string> {
  const built = JSON.parse(await readFile(join(builtDir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const dir = await mkdtemp(join(tmpdir(), 'csp-bench-twin-'));
  const contentScripts = (built.content_scripts ?? []).map((entry, index) => ({ ...entry, js: [`empty-${index}.js`] }));
  for (const [index] of contentScripts.entries()) await writeFile(join(dir, `empty-${index}.js`), '');
  const manifest = { manifest_version: 3, name: 'Empty twin', version: '1.0.0', background: { service_worker: 'background.js' }, content_scripts: contentScripts };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  // The worker answers any message at once: the floor for a page that must ask it before drawing.
  await writeFile(join(dir, 'background.js'), 'chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ ok: true, data: "2400000000000001 · Contoso Ltd" }); });\n');
  // The floor for an extension page: one line of static text, no script, no style sheet.
  await writeFile(
    join(dir, 'floor.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head><body><p elementtiming="floor">2400000000000001 · Contoso Ltd</p></body></html>',
  );
  // The floor for a page drawn from the worker's answer: one classic script file (the least a page
  // with live data loads) that asks the worker once and writes the answer as that one line.
  await writeFile(join(dir, 'asking.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head><body><script src="asking.js"></script></body></html>');
  await writeFile(
    join(dir, 'asking.js'),
    'chrome.runtime.sendMessage({ name: "floor" }).then((reply) => { const line = document.body.appendChild(document.createElement("p")); line.setAttribute("elementtiming", "floor"); line.textContent = reply.data; });\n',
  );
  return dir;
}
