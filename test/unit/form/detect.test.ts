import { beforeEach, describe, expect, it } from 'vitest';
import { detectForm, MIN_FIELD_LABELS } from '../../../lib/form/detect';
import { fluentTextField, knockoutRow, nativeSelect } from './fixtures';
import { azureAdditionalDetailsEs, azureBasicsOldEn, azureProblemDescriptionEn, azureRecommendedSolutionEn, azureReviewEn, m365ContactPane, m365PartnerCard } from './pages';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('detectForm per step', () => {
  it.each([
    ['Azure EN problem description, tab selected', azureProblemDescriptionEn(true), 'azure', 'en', 'problemDescription'],
    ['Azure EN problem description, no tabs (inferred)', azureProblemDescriptionEn(false), 'azure', 'en', 'problemDescription'],
    ['Azure EN 2020 "Basics", tab marked by class', azureBasicsOldEn(), 'azure', 'en', 'problemDescription'],
    ['Azure ES additional details, tab selected', azureAdditionalDetailsEs(), 'azure', 'es', 'additionalDetails'],
    ['Azure ES additional details, no tabs (inferred)', azureAdditionalDetailsEs({ withTabs: false }), 'azure', 'es', 'additionalDetails'],
    ['Azure EN recommended solution (tabs only)', azureRecommendedSolutionEn(), 'azure', 'en', 'recommendedSolution'],
    ['Azure EN review, tab selected', azureReviewEn(true), 'azure', 'en', 'review'],
    ['Azure EN review, no tabs (labels + Create)', azureReviewEn(false), 'azure', 'en', 'review'],
    ['M365 contact pane EN', m365ContactPane('en'), 'm365', 'en', 'm365Contact'],
    ['M365 contact pane ES', m365ContactPane('es'), 'm365', 'es', 'm365Contact'],
    ['M365 partner card EN', m365PartnerCard('en'), 'm365', 'en', 'm365PartnerCard'],
    ['M365 partner card ES', m365PartnerCard('es'), 'm365', 'es', 'm365PartnerCard'],
  ])('%s', (_name, html, portal, language, step) => {
    const detection = detectForm(page(html));
    expect(detection).toMatchObject({ detected: true, portal, language, step });
  });

  it.each(['en', 'es'] as const)('M365 partner card without "New Microsoft service request" (%s): detected on the admin center only', (lang) => {
    const html = `<div role="dialog"><h2>${lang === 'en' ? 'Contact your partner' : 'Póngase en contacto con su asociado'}</h2><div>Fabrikam Partners</div><a href="mailto:support@fabrikam.example">support@fabrikam.example</a></div>`;
    expect(detectForm(page(html), { portalHint: 'm365' })).toMatchObject({ detected: true, portal: 'm365', step: 'm365PartnerCardNoRequest' });
    expect(detectForm(page(html), { portalHint: 'azure' }).detected).toBe(false);
  });

  it.each([
    ['a named button', '<button>Contact support</button>'],
    ['a Spanish named button', '<button>Ponerse en contacto con el soporte técnico</button>'],
    ['an icon-only Fluent button', '<button class="ms-Button--icon"><i data-icon-name="Headset" aria-hidden="true"></i></button>'],
    ['an icon-only MDL2 button', '<button><i class="ms-Icon ms-Icon--Headset" aria-hidden="true"></i></button>'],
    ['a titled icon button', '<button title="Contact support"><i aria-hidden="true"></i></button>'],
  ])('M365 help pane with %s: the help entry, before any form', (_, button) => {
    const html = `<div role="dialog"><h2>How can we help?</h2><input type="search" aria-label="How can we help?">${button}</div>`;
    expect(detectForm(page(html), { portalHint: 'm365' })).toMatchObject({ detected: true, portal: 'm365', step: 'm365HelpEntry', missing: [] });
    expect(detectForm(page(html), { portalHint: 'azure' }).detected).toBe(false);
  });

  it('an icon the assistant does not know, or a page-named icon like "constructor", is no help entry', () => {
    for (const icon of ['Ringer', 'constructor', '__proto__']) {
      const html = `<div role="dialog"><button><i data-icon-name="${icon}"></i></button></div>`;
      expect(detectForm(page(html), { portalHint: 'm365' }).detected).toBe(false);
    }
  });

  it('reports nothing missing on a complete first step', () => {
    const detection = detectForm(page(azureProblemDescriptionEn()));
    expect(detection.missing).toEqual([]);
    expect(detection.fields).toEqual(['issueType', 'subscription', 'service', 'resource', 'problemType', 'problemSubtype']);
  });

  it('reports the expected fields it could not find on additional details', () => {
    const detection = detectForm(page(azureAdditionalDetailsEs({ omit: ['timeZone', 'supportPlan'] })));
    expect(detection.step).toBe('additionalDetails');
    expect(detection.missing).toEqual(['supportPlan', 'timeZone']);
    expect(detection.controls.severity?.kind).toBe('fluent-dropdown');
    expect(detection.controls.email?.kind).toBe('text');
    expect(detection.controls.contactMethod?.kind).toBe('radio-group');
  });

  it('finds every M365 pane field', () => {
    const detection = detectForm(page(m365ContactPane('es')));
    expect(detection.missing).toEqual([]);
    expect(detection.fields).toEqual(['title', 'description', 'contactMethod', 'email', 'phone']);
  });

  it('reads Portuguese labels as Portuguese', () => {
    const detection = detectForm(page(knockoutRow('Plano de suporte', 'Provedor de Soluções na Nuvem') + knockoutRow('Gravidade', 'B') + knockoutRow('Método de contato preferido', 'Email')));
    expect(detection).toMatchObject({ detected: true, language: 'pt', portal: 'azure', step: 'additionalDetails' });
  });

  it('tolerates asterisks, colons and required markers in labels', () => {
    const detection = detectForm(
      page(
        '<label for="a">Issue type:</label><select id="a"><option>Technical</option></select>' +
          '<label for="b">* Subscription</label><select id="b"><option>Contoso</option></select>' +
          '<label for="c">Service (required)</label><select id="c"><option>App Service</option></select>',
      ),
    );
    expect(detection).toMatchObject({ detected: true, step: 'problemDescription', fields: ['issueType', 'subscription', 'service'] });
  });

  it('uses the route hint only when the labels do not tell the portal', () => {
    const html = fluentTextField('a', 'Preferred contact method') + fluentTextField('b', 'Email') + fluentTextField('c', 'Phone');
    expect(detectForm(page(html), { portalHint: 'azure' }).portal).toBe('azure');
    expect(detectForm(page(html)).portal).toBeNull();
    expect(detectForm(page(m365ContactPane('en')), { portalHint: 'azure' }).portal).toBe('m365');
  });
});

describe('detectForm false-positive guards', () => {
  it(`needs at least ${MIN_FIELD_LABELS} labels: Subscription and Service alone are not a form`, () => {
    const detection = detectForm(page(knockoutRow('Subscription', 'Contoso') + knockoutRow('Service', 'Storage')));
    expect(detection).toMatchObject({ detected: false, portal: null, step: 'unknown' });
    expect(detection.labels).toEqual(['subscription', 'service']);
  });

  it('does not count the "Subscription management" option as the Subscription label', () => {
    const detection = detectForm(page(`${nativeSelect('it', 'Service', ['Technical', 'Billing', 'Subscription management'], 2)}<ul><li>Subscription management</li><li>Billing</li></ul>`));
    expect(detection.labels).toEqual(['service']);
    expect(detection.detected).toBe(false);
  });

  it('does not take an Entra user profile (first/last name, email, country, phone) for a support form', () => {
    const html = ['First name', 'Last name', 'Email', 'Country or region', 'Phone'].map((label, index) => fluentTextField(`u${index}`, label)).join('');
    const detection = detectForm(page(html));
    expect(detection.labels.length).toBe(5);
    expect(detection.detected).toBe(false);
  });

  it('ignores a form rendered inside the assistant’s own UI', () => {
    expect(detectForm(page(`<div data-csp-assistant>${azureProblemDescriptionEn()}</div>`)).detected).toBe(false);
  });

  it('ignores a hidden copy of the form', () => {
    expect(detectForm(page(`<div style="display:none">${azureAdditionalDetailsEs()}</div>`)).detected).toBe(false);
  });

  it('does not take two generic tabs for the wizard', () => {
    expect(detectForm(page('<div role="tablist"><div role="tab" aria-selected="true">Details</div><div role="tab">Review</div></div>')).detected).toBe(false);
  });

  it('is not fooled by the field names in running text', () => {
    expect(detectForm(page('<p>Pick the Issue type, then the Subscription, Service and Severity.</p>')).detected).toBe(false);
  });
});
