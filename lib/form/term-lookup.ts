import { labelForms, matchesNormalized, normalizeText } from './text';
import {
  allTerms,
  BUTTON_TERMS,
  FIELD_KEYS,
  FIELD_TERMS,
  LANGS,
  OPTION_TERMS,
  SECTION_TERMS,
  STEP_TERMS,
  type ButtonKey,
  type FieldKey,
  type Lang,
  type Localized,
  type OptionGroup,
  type OptionKey,
  type SectionKey,
  type StepKey,
} from './terms';

/**
 * Lookups over the terms table: which field, heading, tab, button or option a page text is. Indexes are
 * keyed by normalised text, so a scan of a whole portal page costs one map lookup per text.
 */

/** A text recognised as a term of some table. */
export interface TermHit<K extends string> {
  /** Keys the text names; more than one only for a shared label such as ES "Tipo de problema". */
  keys: K[];
  /** Languages whose tables contain the term. */
  langs: Lang[];
}
type TermIndex<K extends string> = Map<string, TermHit<K>>;

function buildIndex<K extends string>(entries: ReadonlyArray<readonly [K, Localized]>): TermIndex<K> {
  const index: TermIndex<K> = new Map();
  for (const [key, localized] of entries) {
    for (const lang of LANGS) {
      for (const term of localized[lang] ?? []) {
        const normal = normalizeText(term);
        const hit = index.get(normal) ?? { keys: [], langs: [] };
        if (!hit.keys.includes(key)) hit.keys.push(key);
        if (!hit.langs.includes(lang)) hit.langs.push(lang);
        index.set(normal, hit);
      }
    }
  }
  return index;
}

// Indexes are built on first use, so importing the table costs nothing on pages that never look.
let fieldIndex: TermIndex<FieldKey> | undefined;
let sectionIndex: TermIndex<SectionKey> | undefined;
let stepIndex: TermIndex<StepKey> | undefined;
let buttonIndex: TermIndex<ButtonKey> | undefined;

function lookup<K extends string>(index: TermIndex<K>, text: string): TermHit<K> | null {
  for (const form of labelForms(text)) {
    const hit = index.get(form);
    if (hit) return hit;
  }
  return null;
}

/** Which field(s) a label text names (whole text or head before ":", "(", "*"), or null. Keys follow FIELD_KEYS order. */
export function lookupFieldLabel(text: string): TermHit<FieldKey> | null {
  fieldIndex ??= buildIndex(FIELD_KEYS.map((key) => [key, FIELD_TERMS[key].labels] as const));
  return lookup(fieldIndex, text);
}

/** Which section heading a text is, or null. */
export function lookupSection(text: string): TermHit<SectionKey> | null {
  sectionIndex ??= buildIndex(Object.entries(SECTION_TERMS) as Array<[SectionKey, Localized]>);
  return lookup(sectionIndex, text);
}

/** Which wizard tab a text names, ignoring a leading step number ("2 Recommended solution"). */
export function lookupStep(text: string): TermHit<StepKey> | null {
  stepIndex ??= buildIndex(Object.entries(STEP_TERMS) as Array<[StepKey, Localized]>);
  return lookup(stepIndex, text.replace(/^\s*\d+\s*[.):-]?\s*/, ''));
}

/** Which known button or link a text is, or null. */
export function lookupButton(text: string): TermHit<ButtonKey> | null {
  buttonIndex ??= buildIndex(Object.entries(BUTTON_TERMS) as Array<[ButtonKey, Localized]>);
  return lookup(buttonIndex, text);
}

/**
 * Which option of `group` a displayed option text is: prefix match first ("Cloud Solution Provider (CSP)"),
 * then any term of three or more words found whole inside the text ("Azure plan - Cloud Solution Provider").
 * Short terms never match inside text, so "Non-CSP plan" is not the CSP plan.
 */
export function matchOption<G extends OptionGroup>(group: G, text: string): OptionKey<G> | null {
  const options = OPTION_TERMS[group] as Record<string, Localized>;
  const normal = normalizeText(text);
  for (const mode of ['prefix', 'words'] as const) {
    for (const [key, localized] of Object.entries(options)) {
      for (const term of allTerms(localized)) {
        const normalTerm = normalizeText(term);
        if (mode === 'words' && normalTerm.split(' ').length < 3) continue;
        if (matchesNormalized(normal, normalTerm, mode)) return key as OptionKey<G>;
      }
    }
  }
  return null;
}
