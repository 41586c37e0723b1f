import type { SearchRoot } from './dom';
import { analyzeFields, type FoundControl } from './fields';
import { scanPage, type TextItem } from './scan';
import { lookupButton, lookupSection, lookupStep, type TermHit } from './term-lookup';
import { FIELD_TERMS, ICON_BUTTONS, LANGS, type ButtonKey, type FieldKey, type Lang, type SectionKey, type StepKey } from './terms';
import type { Portal } from '../portal';

/**
 * Is a support-request form on this page (any frame), which portal, which language, which step? Decided
 * from the DOM alone, because inside a reactblade iframe the route is invisible and the portal renders
 * tabs lazily. Serves the Azure wizard (current and 2020–21 tab names), the Entra host and the M365 pane.
 */

export { routeHint, type RouteHint, type RouteKind, type RouteParams } from './route';
export { portalOfHost } from '../hosts';
export { findSupportRequestNumber } from './support-number';

/** The visible part of the form. */
/**
 * `m365HelpEntry`: the admin center's help pane before its form, showing "Contact support" (text or the
 * headset icon), where the tenant is worth checking before the partner goes on.
 * `m365PartnerCardNoRequest`: the partner card without "New Microsoft service request" (file in Partner Center).
 */
export type WizardStep = StepKey | 'm365Contact' | 'm365HelpEntry' | 'm365PartnerCard' | 'm365PartnerCardNoRequest' | 'unknown';

/** What `detectForm` concluded, with its evidence. */
export interface FormDetection {
  detected: boolean;
  portal: Portal | null;
  language: Lang;
  step: WizardStep;
  /** Fields whose label is on the page. */
  labels: FieldKey[];
  /** Fields whose control was found. */
  fields: FieldKey[];
  /** Fields this step should show but whose control was not found. */
  missing: FieldKey[];
  controls: Partial<Record<FieldKey, FoundControl>>;
}

/** Options for `detectForm`. */
export interface DetectOptions {
  /** The portal the top frame's route named; used only when the labels do not tell. */
  portalHint?: Portal | null;
}

/** Chrome autofill's minimum (kMinRequiredFieldsForHeuristics): fewer labels are not a form. */
export const MIN_FIELD_LABELS = 3;

/**
 * Labels that only a support form shows. Three generic labels (First name, Email, Country) also make an
 * Entra user page, so at least one of these must be among them.
 */
export const DISTINCTIVE_FIELDS: readonly FieldKey[] = ['issueType', 'problemType', 'problemSubtype', 'supportPlan', 'severity', 'contactMethod', 'advancedDiagnostics', 'additionalEmail'];

/** Fields each step should show; a missing one is reported so the partner can fill it by hand. */
export const EXPECTED_FIELDS: Readonly<Record<WizardStep, readonly FieldKey[]>> = {
  problemDescription: ['issueType', 'subscription', 'service', 'problemType', 'problemSubtype'],
  recommendedSolution: [],
  additionalDetails: ['supportPlan', 'severity', 'contactMethod', 'supportLanguage', 'firstName', 'lastName', 'email', 'phone', 'country', 'timeZone'],
  review: [],
  m365Contact: ['title', 'description', 'contactMethod', 'phone', 'email'],
  m365HelpEntry: [],
  m365PartnerCard: [],
  m365PartnerCardNoRequest: [],
  unknown: [],
};

const PROBLEM_FIELDS: readonly FieldKey[] = ['issueType', 'subscription', 'service', 'resource', 'summary', 'problemType', 'problemSubtype'];
const DETAIL_FIELDS: readonly FieldKey[] = ['supportPlan', 'severity', 'contactMethod', 'supportLanguage', 'firstName', 'lastName', 'additionalEmail', 'country', 'timeZone', 'advancedDiagnostics'];
const SELECTED = /(?:^|[\s_-])(?:is-)?(?:selected|active|current)(?:$|[\s_-])/i;

function isSelected(element: Element): boolean {
  for (let node: Element | null = element, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    if (node.getAttribute('aria-selected') === 'true') return true;
    const current = node.getAttribute('aria-current');
    if (current && current !== 'false') return true;
    if (SELECTED.test(node.getAttribute('class') ?? '')) return true;
  }
  return false;
}

interface PageTerms {
  steps: Set<StepKey>;
  selectedStep: StepKey | null;
  buttons: Set<ButtonKey>;
  sections: Set<SectionKey>;
}

function readPageTerms(texts: TextItem[], vote: (hit: TermHit<string>) => void): PageTerms {
  const found: PageTerms = { steps: new Set(), selectedStep: null, buttons: new Set(), sections: new Set() };
  for (const item of texts) {
    const iconButton = item.icon ? ICON_BUTTONS.get(item.icon) : undefined;
    if (iconButton) found.buttons.add(iconButton);
    for (const text of item.texts) {
      const step = lookupStep(text);
      const button = item.context === 'action' || item.context === 'text' ? lookupButton(text) : null;
      const section = item.context === 'text' ? lookupSection(text) : null;
      for (const hit of [step, button, section]) if (hit) vote(hit);
      if (step) {
        const key = step.keys[0] as StepKey;
        found.steps.add(key);
        if (!found.selectedStep && item.context !== 'choice' && isSelected(item.element)) found.selectedStep = key;
      }
      for (const key of button?.keys ?? []) found.buttons.add(key);
      for (const key of section?.keys ?? []) found.sections.add(key);
      if (step || button || section) break;
    }
  }
  return found;
}

function pickPortal(labels: FieldKey[], page: PageTerms, hint: Portal | null): Portal | null {
  const azureOnly = labels.filter((key) => !FIELD_TERMS[key].portals.includes('m365')).length;
  const m365Markers = (['contactMe', 'newMicrosoftServiceRequest', 'contactSupport'] as const).filter((key) => page.buttons.has(key)).length;
  if (azureOnly >= 2) return 'azure';
  if (m365Markers > 0 || (labels.includes('title') && azureOnly === 0)) return 'm365';
  // Only the Azure form is a tabbed wizard.
  if (azureOnly === 1 || page.steps.size >= 3) return 'azure';
  return hint;
}

function pickStep(portal: Portal | null, page: PageTerms, controls: Partial<Record<FieldKey, FoundControl>>, labels: FieldKey[]): WizardStep {
  const has = (keys: readonly FieldKey[]) => keys.some((key) => controls[key]);
  if (portal === 'm365') {
    if (has(['title', 'description', 'contactMethod'])) return 'm365Contact';
    if (page.buttons.has('newMicrosoftServiceRequest')) return 'm365PartnerCard';
    if (page.sections.has('partnerCard')) return 'm365PartnerCardNoRequest';
    return page.buttons.has('contactSupport') ? 'm365HelpEntry' : 'unknown';
  }
  // The selected tab wins: portals may keep other steps' fields in the DOM, hidden by classes we cannot see.
  if (page.selectedStep) return page.selectedStep;
  if (has(DETAIL_FIELDS)) return 'additionalDetails';
  if (has(PROBLEM_FIELDS)) return 'problemDescription';
  if (labels.length >= MIN_FIELD_LABELS && page.buttons.has('create')) return 'review';
  return 'unknown';
}

/** Detect a support-request form under `root` by its localized labels, tab names and buttons. */
export function detectForm(root: SearchRoot, options: DetectOptions = {}): FormDetection {
  const scan = scanPage(root);
  const analysis = analyzeFields(scan, root);
  const votes = { ...analysis.langVotes };
  const page = readPageTerms(scan.texts, (hit) => {
    for (const lang of hit.langs) votes[lang] += 1;
  });
  const labels = analysis.seen;
  const portal = pickPortal(labels, page, options.portalHint ?? null);
  const formByLabels = labels.length >= MIN_FIELD_LABELS && labels.some((key) => DISTINCTIVE_FIELDS.includes(key));
  // The wizard's tab strip is there on every step, including "Recommended solution", which has no fields.
  const formByTabs = page.steps.size >= 3;
  // "New Microsoft service request" alone is the M365 pane showing the partner's card, before any field.
  // The card without that link still matters on the admin center: the partner must file in Partner Center.
  const partnerCard = page.buttons.has('newMicrosoftServiceRequest') || (options.portalHint === 'm365' && page.sections.has('partnerCard'));
  const partnerCardOnly = partnerCard && !formByLabels && !formByTabs;
  const helpEntryOnly = options.portalHint === 'm365' && page.buttons.has('contactSupport') && !partnerCard && !formByLabels && !formByTabs;
  const detected = formByLabels || formByTabs || partnerCardOnly || helpEntryOnly;
  const shownPortal: Portal | null = partnerCardOnly || helpEntryOnly ? 'm365' : portal;
  const step = detected ? pickStep(shownPortal, page, analysis.controls, labels) : 'unknown';
  const fields = labels.filter((key) => analysis.controls[key]);
  const language = LANGS.reduce<Lang>((best, lang) => (votes[lang] > votes[best] ? lang : best), 'en');
  return {
    detected,
    portal: detected ? shownPortal : null,
    language,
    step,
    labels,
    fields,
    missing: EXPECTED_FIELDS[step].filter((key) => !analysis.controls[key]),
    controls: analysis.controls,
  };
}
