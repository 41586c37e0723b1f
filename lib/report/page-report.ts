import type { EvidenceLine } from '../assistant/context-view';
import type { FormDetection } from '../form/detect';
import { textOf, visibleElements } from '../form/dom';
import { scanPage, type ControlKind } from '../form/scan';
import type { FieldKey } from '../form/terms';
import { maskText, maskUrl } from './mask';

/**
 * "Report this page": what the assistant saw, without anything the partner typed or the portal prefilled.
 * Kept: host and frame origins, the route's shape, tab names, and for each control its kind, role, label
 * and option texts, what it was matched to, and the tenant evidence — all masked (maskText). Left out:
 * every value. `npm run fixture:from-report` turns it into a look-alike page and an E2E test.
 */
export const PAGE_REPORT_FORMAT = 'csp-support-assistant/page-report';

export interface ReportedControl {
  /** The field the assistant matched it to; null for a control it did not recognise (often the miss itself). */
  field: FieldKey | null;
  kind: ControlKind;
  role: string | null;
  label: string;
  /** Visible option texts of a choice control (a closed Fluent list shows none). */
  options: string[];
}

export interface PageReport {
  format: typeof PAGE_REPORT_FORMAT;
  version: 1;
  /** Day of the report (YYYY-MM-DD): enough to place it, nothing finer. */
  day: string;
  /** The frame's own address shape, and whether it is the portal's top document. */
  frame: { url: string; top: boolean };
  detected: boolean;
  portal: FormDetection['portal'];
  language: FormDetection['language'];
  step: FormDetection['step'];
  tabs: string[];
  controls: ReportedControl[];
  /** Fields this step should show whose control was not found. */
  missing: FieldKey[];
  /** Labels the assistant recognised on the page. */
  labels: FieldKey[];
  evidence: { where: EvidenceLine['where']; value: string; matched: EvidenceLine['matched']; weak: boolean }[];
}

export interface ReportInput {
  detection: FormDetection;
  evidence: readonly EvidenceLine[];
  url: string;
  top: boolean;
  root: ParentNode & Node;
  now: number;
  /** Option texts the assistant saw in lists it opened while filling (closed lists show none). */
  optionsSeen?: Partial<Record<FieldKey, readonly string[]>>;
}

const MAX_OPTIONS = 60;
const MAX_CONTROLS = 60;

/** The option texts a choice control shows now: native options, its radios, or its open list. */
function optionTexts(element: Element, kind: ControlKind): string[] {
  const clean = (text: string) => maskText(text, 120);
  if (element instanceof HTMLSelectElement) return Array.from(element.options).map((option) => clean(option.text));
  if (kind === 'radio-group') {
    return Array.from(element.querySelectorAll('input[type="radio"], [role="radio"]')).map((radio) => {
      const id = radio.getAttribute('id');
      const label = id ? element.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
      return clean(label ? textOf(label) : (radio.getAttribute('aria-label') ?? textOf(radio)));
    });
  }
  const ids = [element.getAttribute('aria-controls'), element.getAttribute('aria-owns')].filter(Boolean).join(' ').split(/\s+/).filter(Boolean);
  const lists = ids.map((id) => element.ownerDocument.getElementById(id)).filter((list): list is HTMLElement => list !== null);
  const scopes = lists.length > 0 ? lists : [element.closest('.fxc-dropdown') ?? element];
  return scopes.flatMap((scope) => Array.from(scope.querySelectorAll('[role="option"]')).map((option) => clean(textOf(option))));
}

export function buildPageReport(input: ReportInput): PageReport {
  const { detection } = input;
  const tabs = visibleElements(input.root as Document)
    .filter((element) => element.getAttribute('role') === 'tab')
    .map((tab) => maskText(textOf(tab), 80))
    .slice(0, 12);
  const matched = Object.entries(detection.controls) as [FieldKey, NonNullable<FormDetection['controls'][FieldKey]>][];
  const controls: ReportedControl[] = matched.map(([field, control]) => ({
    field,
    kind: control.kind,
    role: control.element.getAttribute('role'),
    label: maskText(control.label, 120),
    options: (() => {
      const shown = optionTexts(control.element, control.kind);
      return (shown.length > 0 ? shown : (input.optionsSeen?.[field] ?? []).map((text) => maskText(text, 120))).slice(0, MAX_OPTIONS);
    })(),
  }));
  // The controls no field claimed: on a page the assistant missed, their labels are what it did not know.
  const known = new Set<Element>(matched.map(([, control]) => control.element));
  for (const unit of scanPage(input.root as Document).units) {
    if (controls.length >= MAX_CONTROLS) break;
    if (known.has(unit.element) || [...known].some((element) => element.contains(unit.element) || unit.element.contains(element))) continue;
    controls.push({
      field: null,
      kind: unit.kind,
      role: unit.element.getAttribute('role'),
      label: maskText(unit.labels[0] ?? '', 120),
      options: optionTexts(unit.element, unit.kind).slice(0, MAX_OPTIONS),
    });
  }
  return {
    format: PAGE_REPORT_FORMAT,
    version: 1,
    day: new Date(input.now).toISOString().slice(0, 10),
    frame: { url: maskUrl(input.url), top: input.top },
    detected: detection.detected,
    portal: detection.portal,
    language: detection.language,
    step: detection.step,
    tabs,
    controls,
    missing: detection.missing,
    labels: detection.labels,
    // Directory and organisation names are the customer's: only their shape is kept.
    evidence: input.evidence.map((line) => {
      const masked = maskText(line.value, 120);
      return { where: line.where, value: masked === line.value.trim() && line.where !== 'url' ? '<name>' : masked, matched: line.matched, weak: line.weak };
    }),
  };
}
