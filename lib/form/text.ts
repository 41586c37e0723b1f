/**
 * Text normalisation for matching portal labels and option names. The portals translate, decorate
 * ("Email *", "Country/region:", "Teléfono (obligatorio)") and re-render their labels, so every
 * comparison goes through `normalizeText` on both sides. Plain TypeScript: bundled into the content script.
 */

/** How a term may match a text. */
export type MatchMode =
  /** Whole text equals the term, or the text's head (before ":", "(", "*", " - ", a dash or a line break) does. */
  | 'label'
  /** Whole text equals the term or starts with it followed by a word boundary. */
  | 'prefix'
  /** The term occurs in the text as a whole-word sequence. */
  | 'words';

// Markers that say whether a field is required, never what it is. Matched after accents are gone.
const MARKERS = /\((?:required|obligatori[oa]|obrigatori[oa]|requerid[oa]|necesari[oa]|optional|opcional)\)/g;
// Where a label's own name ends and decoration ("Severity (learn more)", "Email: we reply here") begins.
const HEAD_END = /[:：(*\n\r\u2013\u2014]| - /;
const TERM_CACHE_LIMIT = 4000;
const termCache = new Map<string, string>();

/**
 * Lower-case, accent-free, punctuation-free, single-spaced form of `text`, without required/optional markers.
 * NFKD (not only NFD) so full-width colons and non-breaking spaces fold too.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(MARKERS, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The normalised forms of a label text that may name a field: the whole text, then its head. */
export function labelForms(text: string): string[] {
  const whole = normalizeText(text);
  const cut = text.search(HEAD_END);
  const head = cut > 0 ? normalizeText(text.slice(0, cut)) : '';
  return head && head !== whole ? [whole, head] : whole ? [whole] : [];
}

// Terms come from a fixed table, so memoising their normal form saves work on every scan; the cap
// only guards against callers passing page text as terms.
function normalizedTerm(term: string): string {
  let normal = termCache.get(term);
  if (normal === undefined) {
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
    normal = normalizeText(term);
    termCache.set(term, normal);
  }
  return normal;
}

/** True when the already-normalised `normal` text matches the normalised `term` under `mode`. */
export function matchesNormalized(normal: string, term: string, mode: MatchMode): boolean {
  if (!term || !normal) return false;
  if (normal === term) return true;
  if (mode === 'prefix') return normal.startsWith(`${term} `);
  if (mode === 'words') return ` ${normal} `.includes(` ${term} `);
  return false;
}

/** The first of `terms` that `text` matches under `mode` (default 'label'), or null. */
export function matchTerm(text: string, terms: readonly string[], mode: MatchMode = 'label'): string | null {
  const forms = mode === 'label' ? labelForms(text) : [normalizeText(text)];
  for (const term of terms) {
    const normal = normalizedTerm(term);
    // 'label' compares whole forms only: "Subscription management" must not name the "Subscription" field.
    if (forms.some((form) => matchesNormalized(form, normal, mode))) return term;
  }
  return null;
}

/** True when `text` matches any of `terms` under `mode` (default 'label': equality of whole text or head). */
export function matchesTerm(text: string, terms: readonly string[], mode: MatchMode = 'label'): boolean {
  return matchTerm(text, terms, mode) !== null;
}
