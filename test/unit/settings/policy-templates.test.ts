import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_ID, CHROMIUM_PUBLIC_KEY, FIREFOX_EXTENSION_ID } from '../../../lib/extension-id';
import { readPolicy } from '../../../lib/settings/policy';
import { EXAMPLE_POLICY, renderTemplates, templatePaths } from '../../../scripts/policy-templates';

// Paths from the repository root, where vitest runs.
const read = (path: string) => readFileSync(path, 'utf8');
const xml = (path: string) => {
  const doc = new DOMParser().parseFromString(read(path), 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
};
const all = (doc: Document, tag: string) => [...doc.getElementsByTagName(tag)];

/** Dotted paths of every leaf in a Chrome managed_schema (arrays are leaves). */
function schemaPaths(schema: { properties?: Record<string, { type: string; properties?: object }> }, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, child]) =>
    child.type === 'object' ? schemaPaths(child as Parameters<typeof schemaPaths>[0], `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('policy templates', () => {
  it('are what npm run policies writes (edit scripts/policy-templates.ts, then run it)', () => {
    for (const [path, content] of Object.entries(renderTemplates())) expect(read(path), path).toBe(content);
  });

  it('the manifest key gives the id the templates name', () => {
    const hex = createHash('sha256').update(Buffer.from(CHROMIUM_PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
    expect([...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('')).toBe(CHROMIUM_EXTENSION_ID);
    expect(read('policies/windows/csp-support-assistant.admx')).toContain(`\\extensions\\${CHROMIUM_EXTENSION_ID}\\policy`);
    expect(Object.keys(JSON.parse(read('policies/firefox/policies.json')).policies['3rdparty'].Extensions)).toEqual([FIREFOX_EXTENSION_ID]);
  });

  it('the example policy is read with no problem, and the JSON examples carry it', () => {
    expect(readPolicy(EXAMPLE_POLICY).problems).toEqual([]);
    expect(JSON.parse(read('policies/chromium/csp-support-assistant.json'))['3rdparty'].extensions[CHROMIUM_EXTENSION_ID]).toEqual(EXAMPLE_POLICY);
  });

  it('every value a template sets is in managed_schema.json, and every schema value is one the extension reads', () => {
    const schema = JSON.parse(read('public/managed_schema.json'));
    const paths = schemaPaths(schema);
    expect(paths).toEqual(expect.arrayContaining(templatePaths()));
    // A policy naming every schema value (with a value of the schema's type) is read with no unknown key.
    const sample: Record<string, unknown> = {};
    for (const path of paths) {
      const keys = path.split('.');
      let node = sample;
      for (const key of keys.slice(0, -1)) {
        node[key] ??= {};
        node = node[key] as Record<string, unknown>;
      }
      node[keys.at(-1) as string] = null;
    }
    expect(readPolicy(sample).problems.filter((problem) => problem.messageKey === 'errUnknownKey')).toEqual([]);
  });

  it('the ADMX names only strings and presentations each ADML defines, with matching element ids', () => {
    const admx = xml('policies/windows/csp-support-assistant.admx');
    const admxText = read('policies/windows/csp-support-assistant.admx');
    const stringRefs = new Set([...admxText.matchAll(/\$\(string\.(\w+)\)/g)].map((match) => match[1]));
    for (const lang of ['en-US', 'es-ES']) {
      const adml = xml(`policies/windows/${lang}/csp-support-assistant.adml`);
      const strings = new Set(all(adml, 'string').map((el) => el.getAttribute('id')));
      expect(
        [...stringRefs].filter((id) => !strings.has(id ?? '')),
        lang,
      ).toEqual([]);
      const presentations = new Map(all(adml, 'presentation').map((el) => [el.getAttribute('id'), [...el.children].map((child) => child.getAttribute('refId'))]));
      for (const policy of all(admx, 'policy')) {
        const name = policy.getAttribute('presentation')?.match(/\$\(presentation\.(\w+)\)/)?.[1];
        const elementIds = [...(policy.getElementsByTagName('elements')[0]?.children ?? [])].map((el) => el.getAttribute('id'));
        expect(presentations.get(name ?? ''), `${lang} ${name}`).toEqual(elementIds);
      }
    }
  });
});
