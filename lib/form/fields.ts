import { controlLabel } from './accname';
import { elementById, type SearchRoot } from './dom';
import { scanPage, type ControlKind, type ControlUnit, type PageScan } from './scan';
import { lookupFieldLabel, type TermHit } from './term-lookup';
import { FIELD_KEYS, FIELD_TERMS, type ControlExpectation, type FieldKey, type Lang } from './terms';

/**
 * Label → control, tolerant to the markup the portals have used: accessible names first (aria-labelledby,
 * aria-label, label[for], wrapping label, legend, placeholder), then visible label texts resolved through
 * a wrapping/for label, a Knockout-Fx form row, or plain proximity. Serves Knockout blades, Fluent v8/v9
 * React views, the M365 pane and plain HTML alike.
 */

export { controlLabel };
export type { ControlKind };

/** How a field's control was found, for the field report and for debugging misses. */
export type FoundVia = 'accessible-name' | 'label-element' | 'knockout-row' | 'proximity';

/** A field's control. */
export interface FoundControl {
  element: HTMLElement;
  kind: ControlKind;
  /** The page text that named it. */
  label: string;
  via: FoundVia;
}

/** Everything the label matching learned from one scan. */
export interface FieldAnalysis {
  controls: Partial<Record<FieldKey, FoundControl>>;
  /** Fields whose label is on the page (as a control's name or as visible text), in FIELD_KEYS order. */
  seen: FieldKey[];
  /** How many matched label texts each language's table contains. */
  langVotes: Record<Lang, number>;
}

interface TextHit {
  element: Element;
  text: string;
  key: FieldKey;
}

/** True when a control of `kind` can be the field: text fields never bind to radios or checkboxes. */
export function fitsExpectation(kind: ControlKind, expects: ControlExpectation): boolean {
  if (expects === 'any') return true;
  if (expects === 'text') return kind === 'text' || kind === 'textarea';
  return kind !== 'checkbox';
}

// A label shared by several fields (ES "Tipo de problema") names them in FIELD_KEYS order as it recurs
// down the page: the first occurrence is Issue type, the second Problem type.
function byOccurrence<T>(entries: Array<{ hit: TermHit<FieldKey>; value: T }>): Array<{ key: FieldKey; value: T }> {
  const counters = new Map<string, number>();
  const out: Array<{ key: FieldKey; value: T }> = [];
  for (const { hit, value } of entries) {
    const group = hit.keys.join('|');
    const index = counters.get(group) ?? 0;
    counters.set(group, index + 1);
    const key = hit.keys[hit.keys.length === 1 ? 0 : index];
    if (key) out.push({ key, value });
  }
  return out;
}

function unitHolding(units: ControlUnit[], element: Element): ControlUnit | undefined {
  return units.find((unit) => unit.element === element || unit.element.contains(element));
}

function viaLabelElement(hit: TextHit, units: ControlUnit[]): ControlUnit | undefined {
  const label = hit.element.closest('label');
  if (!label) return undefined;
  const id = label.getAttribute('for');
  const target = id ? elementById(label, id) : null;
  if (target) return unitHolding(units, target);
  return units.find((unit) => label.contains(unit.element) || unit.element.contains(label));
}

// Knockout-Fx rows put the label in .azc-form-labelcontainer and the control in a following
// .azc-formElementContainer (…/following-sibling::div/div[@class='azc-formElementContainer']).
function viaKnockoutRow(hit: TextHit, units: ControlUnit[]): ControlUnit | undefined {
  const labelBox = hit.element.closest('.azc-form-labelcontainer') ?? hit.element.closest('.azc-text-label');
  let row = labelBox?.parentElement ?? null;
  for (let depth = 0; labelBox && row && depth < 3; depth++, row = row.parentElement) {
    const container = Array.from(row.querySelectorAll('.azc-formElementContainer')).find(
      (box) => !box.contains(labelBox) && (labelBox.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    );
    if (container) return units.find((unit) => container.contains(unit.element) || unit.element.contains(container));
  }
  return undefined;
}

// Unknown layouts: climb from the label while the ancestor holds no other field's label; the first
// ancestor holding exactly one control gives it, two or more controls mean we cannot tell.
function viaProximity(hit: TextHit, units: ControlUnit[], hits: TextHit[], boundary: Node): ControlUnit | undefined {
  let ancestor = (hit.element.closest('label') ?? hit.element).parentElement;
  for (let depth = 0; ancestor && depth < 4; depth++, ancestor = ancestor.parentElement) {
    const scope = ancestor;
    if (hits.some((other) => other.key !== hit.key && scope.contains(other.element))) return undefined;
    const inside = units.filter((unit) => scope.contains(unit.element));
    if (inside.length === 1) return inside[0];
    if (inside.length > 1 || scope === boundary) return undefined;
  }
  return undefined;
}

function collectTextHits(scan: PageScan, vote: (hit: TermHit<FieldKey>) => void): TextHit[] {
  const raw: Array<{ hit: TermHit<FieldKey>; value: { element: Element; text: string } }> = [];
  for (const item of scan.texts) {
    if (item.context !== 'text') continue;
    for (const text of item.texts) {
      const hit = lookupFieldLabel(text);
      if (!hit) continue;
      // A <label> and the <span> inside it are one occurrence of the label, not two.
      const previous = raw[raw.length - 1];
      const nested = previous && previous.hit.keys.join() === hit.keys.join() && (previous.value.element.contains(item.element) || item.element.contains(previous.value.element));
      if (!nested) {
        raw.push({ hit, value: { element: item.element, text } });
        vote(hit);
      }
      break;
    }
  }
  return byOccurrence(raw).map(({ key, value }) => ({ ...value, key }));
}

/** Match every known field label in a scan to its control. */
export function analyzeFields(scan: PageScan, boundary: Node | null = null): FieldAnalysis {
  const controls: Partial<Record<FieldKey, FoundControl>> = {};
  const seen = new Set<FieldKey>();
  const langVotes: Record<Lang, number> = { en: 0, es: 0, pt: 0 };
  const taken = new Set<Element>();
  const vote = (hit: TermHit<FieldKey>) => {
    for (const lang of hit.langs) langVotes[lang] += 1;
  };
  const assign = (key: FieldKey, unit: ControlUnit | undefined, label: string, via: FoundVia) => {
    seen.add(key);
    if (!unit || controls[key] || taken.has(unit.element)) return;
    if (!fitsExpectation(unit.kind, FIELD_TERMS[key].expects)) return;
    controls[key] = { element: unit.element, kind: unit.kind, label, via };
    taken.add(unit.element);
  };

  const named: Array<{ hit: TermHit<FieldKey>; value: { unit: ControlUnit; label: string } }> = [];
  for (const unit of scan.units) {
    for (const label of unit.labels) {
      const hit = lookupFieldLabel(label);
      if (hit) {
        named.push({ hit, value: { unit, label } });
        vote(hit);
        break;
      }
    }
  }
  for (const { key, value } of byOccurrence(named)) assign(key, value.unit, value.label, 'accessible-name');

  const hits = collectTextHits(scan, vote);
  const units = scan.units.filter((unit) => !taken.has(unit.element));
  for (const hit of hits) {
    if (controls[hit.key]) {
      seen.add(hit.key);
      continue;
    }
    const byLabel = viaLabelElement(hit, units);
    const byRow = byLabel ? undefined : viaKnockoutRow(hit, units);
    const byProximity = byLabel || byRow ? undefined : viaProximity(hit, scan.units, hits, boundary ?? hit.element.ownerDocument);
    const via: FoundVia = byLabel ? 'label-element' : byRow ? 'knockout-row' : 'proximity';
    assign(hit.key, byLabel ?? byRow ?? byProximity, hit.text, via);
  }
  return { controls, seen: FIELD_KEYS.filter((key) => seen.has(key)), langVotes };
}

/** Controls of every field found under `root` (hidden parts and our own UI skipped). */
export function findFields(root: SearchRoot): Partial<Record<FieldKey, FoundControl>> {
  return analyzeFields(scanPage(root), root).controls;
}

/** The control of one field under `root`, or null. Finding all fields at once (`findFields`) costs the same. */
export function findField(root: SearchRoot, key: FieldKey): FoundControl | null {
  return findFields(root)[key] ?? null;
}
