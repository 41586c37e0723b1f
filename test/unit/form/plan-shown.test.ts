import { describe, expect, it } from 'vitest';
import { planShown } from '../../../lib/form/plan-shown';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

describe('planShown: a support plan the partner cannot choose', () => {
  it.each([
    ['label and value as siblings (CSP)', '<label>Support plan</label><div>Azure Support Plan - CSP</div>', 'csp'],
    ['one line "Support plan: …" (another plan)', '<p><strong>Support plan:</strong> Azure Support Plan - Standard</p>', 'other'],
    ['Spanish', '<label>Plan de soporte técnico</label><div>Proveedor de soluciones en la nube</div>', 'csp'],
    ['no plan on the page', '<label>Severity</label><div>B - Moderate impact</div>', null],
  ])('%s → %s', (_name, html, expected) => {
    expect(planShown(page(html), undefined, true)).toBe(expected);
  });

  it('a usable control is a choice, not a shown plan; a read-only one shows what the portal set', () => {
    const doc = page('<select id="p" disabled><option selected>Cloud Solution Provider (CSP)</option></select>');
    const control = { element: doc.getElementById('p')!, kind: 'select' as const, label: 'Support plan', via: 'label-element' as const };
    expect(planShown(doc, control, true)).toBeNull();
    expect(planShown(doc, control, false)).toBe('csp');
  });
});
