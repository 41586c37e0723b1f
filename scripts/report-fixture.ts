/**
 * Turns a page report (lib/report) into a look-alike page and an E2E test skeleton: same labels,
 * roles, option texts and control kinds, with Fluent-style (`.ms-Dropdown`, options in a layer on
 * <body>) or Knockout-Fx-style (`.fxc-dropdown-input`, opens on mouseup) dropdowns, and the page's
 * own `<pre data-testid="would-submit">` as the judge. Pure: the CLI (fixture-from-report.ts) writes.
 */
import type { PageReportFile } from '../lib/report/schema.ts';

type Control = PageReportFile['controls'][number];

const STEP_ORDER = ['problemDescription', 'recommendedSolution', 'additionalDetails', 'review'];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * Where a report's page is served: the portal's own host (a blade iframe's form becomes a top-level
 * page there), with the tenant of the suites' known customer, Contoso, in the address, so the test
 * plays in a customer's context.
 */
export function siteOf(report: PageReportFile): { site: string; url: (name: string) => string } {
  if (report.portal === 'm365') return { site: 'm365', url: (name) => `https://admin.microsoft.com/reports/${name}.html?ctid=22222222-2222-4222-8222-222222222222` };
  return { site: 'azure', url: (name) => `https://portal.azure.com/reports/${name}.html#@contoso.onmicrosoft.com` };
}

function controlHtml(control: Control, index: number): string {
  const id = `c${index}`;
  const labelId = `l${index}`;
  const label = `<label id="${labelId}" for="${id}">${escapeHtml(control.label)}</label>`;
  const options = control.options.map((text) => escapeHtml(text));
  // A control the assistant did not recognise still submits under a name of its own.
  const field = `data-field="${escapeHtml(control.field ?? `unrecognised${index}`)}"`;
  switch (control.kind) {
    case 'textarea':
      return `${label}<textarea id="${id}" ${field}></textarea>`;
    case 'select':
      return `${label}<select id="${id}" ${field}><option value=""></option>${options.map((text) => `<option>${text}</option>`).join('')}</select>`;
    case 'checkbox':
      return `<input type="checkbox" id="${id}" ${field}>${label}`;
    case 'radio-group':
      return `<span id="${labelId}">${escapeHtml(control.label)}</span><div role="radiogroup" aria-labelledby="${labelId}" id="${id}" ${field}>${options
        .map((text, n) => `<label><input type="radio" name="${id}" value="${text}" id="${id}-${n}">${text}</label>`)
        .join('')}</div>`;
    case 'knockout-dropdown':
      return `<span id="${labelId}" class="azc-form-labelcontainer azc-text-label">${escapeHtml(control.label)}</span><div class="fxc-dropdown"><div id="${id}" class="azc-formControl azc-input fxc-dropdown-input" role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-controls="${id}-list" aria-labelledby="${labelId}" ${field}><span class="fxc-dropdown-value fxc-dropdown-placeholder">—</span></div><div class="fxc-dropdown-popup" role="listbox" id="${id}-list" hidden>${options
        .map((text) => `<div class="fxc-dropdown-option" role="option">${text}</div>`)
        .join('')}</div></div>`;
    case 'fluent-dropdown':
    case 'fluent-combobox':
      return `<span id="${labelId}">${escapeHtml(control.label)}</span><div id="${id}" class="ms-Dropdown" role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${labelId}" data-options="${escapeHtml(JSON.stringify(control.options))}" ${field}><span class="ms-Dropdown-title">—</span></div>`;
    default:
      return `${label}<input type="text" id="${id}" ${field}>`;
  }
}

/** The page's behaviour: dropdowns that open and choose like the portals', and the would-submit JSON. */
const SCRIPT = `
const state = {};
const show = () => { document.querySelector('[data-testid="would-submit"]').textContent = JSON.stringify(state, null, 2); };
const set = (el, value) => { state[el.dataset.field] = value; show(); };
document.addEventListener('input', (e) => { if (e.target.dataset?.field) set(e.target, e.target.type === 'checkbox' ? e.target.checked : e.target.value); }, true);
document.addEventListener('change', (e) => { const group = e.target.closest?.('[role="radiogroup"]'); if (group) set(group, e.target.value); else if (e.target.dataset?.field) set(e.target, e.target.value); }, true);
for (const box of document.querySelectorAll('.fxc-dropdown-input')) {
  const list = document.getElementById(box.getAttribute('aria-controls'));
  box.addEventListener('mouseup', () => { list.hidden = !list.hidden; box.setAttribute('aria-expanded', String(!list.hidden)); });
  for (const option of list.querySelectorAll('[role="option"]')) option.addEventListener('mouseup', () => {
    box.querySelector('.fxc-dropdown-value').textContent = option.textContent;
    box.querySelector('.fxc-dropdown-value').classList.remove('fxc-dropdown-placeholder');
    list.hidden = true; box.setAttribute('aria-expanded', 'false'); set(box, option.textContent);
  });
}
for (const box of document.querySelectorAll('.ms-Dropdown')) {
  box.addEventListener('click', () => {
    document.querySelector('.ms-Layer')?.remove();
    const layer = Object.assign(document.createElement('div'), { className: 'ms-Layer' });
    const list = Object.assign(document.createElement('div'), { className: 'ms-Callout', id: box.id.concat('-list') });
    list.setAttribute('role', 'listbox');
    for (const text of JSON.parse(box.dataset.options)) {
      const option = Object.assign(document.createElement('button'), { type: 'button', className: 'ms-Dropdown-item', textContent: text });
      option.setAttribute('role', 'option');
      option.addEventListener('click', () => { box.querySelector('.ms-Dropdown-title').textContent = text; layer.remove(); box.setAttribute('aria-expanded', 'false'); set(box, text); });
      list.append(option);
    }
    layer.append(list); document.body.append(layer);
    box.setAttribute('aria-owns', list.id); box.setAttribute('aria-expanded', 'true');
  });
}
show();
`;

export function renderPage(report: PageReportFile, name: string): string {
  const selected = STEP_ORDER.indexOf(report.step);
  const tabs = report.tabs.length
    ? `<div role="tablist">${report.tabs.map((text, n) => `<button type="button" role="tab" aria-selected="${n === selected}">${escapeHtml(text)}</button>`).join('')}</div>`
    : '';
  const rows = report.controls.map((control, index) => `<div class="row">${controlHtml(control, index)}</div>`).join('\n    ');
  return `<!doctype html>
<html lang="${report.language}">
<head><meta charset="utf-8"><title>${escapeHtml(name)} (from a page report)</title>
<style>body{font:14px system-ui;margin:24px}.row{margin:10px 0;display:flex;gap:8px;align-items:center}.ms-Dropdown,.fxc-dropdown-input{border:1px solid #8a8886;min-width:240px;padding:4px 8px;cursor:pointer}.ms-Layer{position:absolute;top:40px;right:40px;background:#fff;border:1px solid #ccc}.ms-Dropdown-item{display:block}</style></head>
<body>
  <!-- Generated by npm run fixture:from-report from a page report of ${escapeHtml(report.day)}: step ${escapeHtml(report.step)}, ${report.controls.length} controls. -->
  <main>
    ${tabs}
    ${rows}
    <details><summary>What this form would submit</summary><pre data-testid="would-submit"></pre></details>
  </main>
  <script>${SCRIPT}</script>
</body>
</html>
`;
}

/** A test that opens the page at its real host and checks what a partner expects; it fails until the product handles the shape. */
export function renderTest(report: PageReportFile, name: string): string {
  const { site, url } = siteOf(report);
  const expectations: string[] = [];
  const plan = report.controls.find((control) => control.field === 'supportPlan');
  const email = report.controls.find((control) => control.field === 'email');
  if (plan) {
    const seen = plan.options.map((o) => JSON.stringify(o)).join(', ') || 'none was visible in the report';
    expectations.push(`    // The CSP plan is chosen (options: ${seen}).
    await page.waitForFunction(
      () => /Cloud Solution Provider|\\bCSP\\b|Proveedor de soluciones en la nube/i.test(JSON.parse(document.querySelector('[data-testid="would-submit"]')?.textContent || '{}').supportPlan ?? ''),
      { timeout: 15_000 },
    );`);
  }
  if (email) expectations.push(`    await waitForPayload(page, ['"email": "support@fabrikampartners.example"']);`);
  if (expectations.length === 0) expectations.push(`    // Nothing the assistant fills was on this page: say what the partner expected here.\n    expect.fail('write the expectation for ${name}');`);
  return `/**
 * From the page report ${name} (${report.day}; served from test/fixtures/sites/${site}/reports/${name}.html).
 * A miss in the field: this test fails until the product handles the shape. Complete the expectations.
 */
import { ${expectations.some((line) => line.includes('expect.')) ? 'expect, ' : ''}it } from 'vitest';
import { waitForPayload } from '../harness/lookalike.ts';
import { useLookalikeSession } from '../support/session.ts';

const session = useLookalikeSession();

it('${name}: the assistant recognises the form and fills what it should', async () => {
  const page = await session.eb.newPage('${url(name)}');
  try {
    await page.waitForSelector('[data-testid="would-submit"]');
${expectations.join('\n')}
  } finally {
    await page.close();
  }
});
`;
}
