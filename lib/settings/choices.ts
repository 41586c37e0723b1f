/**
 * The lists the options page offers instead of codes: countries by name, time zones with their
 * current offset and main city, and the support languages the portal offers. Stored values stay
 * the codes the schema checks (ISO 3166-1 alpha-2, IANA zone, BCP 47 tag).
 */

export interface Choice {
  /** What is stored. */
  value: string;
  /** What the partner reads and types, in the UI language. */
  label: string;
}

/**
 * Two-letter codes CLDR names that are no country or territory a support form lists: groupings
 * (EU, UN, Eurozone, Outlying Oceania), pseudo-regions, and the exceptionally reserved codes.
 */
const NOT_COUNTRIES = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'ZZ']);

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Every country and territory, by name in `language`, sorted as that language sorts. */
export function countryChoices(language: string): Choice[] {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
  const choices: Choice[] = [];
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      if (NOT_COUNTRIES.has(code)) continue;
      const name = names.of(code);
      if (name && name !== code) choices.push({ value: code, label: name });
    }
  }
  return sortByLabel(choices, language);
}

function sortByLabel(choices: Choice[], language: string): Choice[] {
  const collator = new Intl.Collator([language]);
  return choices.sort((a, b) => collator.compare(a.label, b.label));
}

/** "GMT+01:00" as Intl writes the zone's offset at `at` ("GMT" alone for zero). */
function offsetOf(zone: string, at: Date): string {
  const part = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
  return part?.value === 'GMT' ? 'GMT+00:00' : (part?.value ?? 'GMT+00:00');
}

const minutesOf = (offset: string) => {
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offset);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
};

/** "Buenos Aires" from "America/Argentina/Buenos_Aires". */
export function cityOf(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
}

/**
 * Every zone the browser knows, "(GMT+01:00) Madrid — Europe/Madrid", west to east and by city.
 * `extra` (the stored zone, the browser's own) is added when the browser's list lacks it (UTC).
 */
export function timeZoneChoices(language: string, at: Date, extra: readonly string[] = []): Choice[] {
  const zones = new Set([...Intl.supportedValuesOf('timeZone'), ...extra.filter(Boolean)]);
  const collator = new Intl.Collator([language]);
  return [...zones]
    .flatMap((zone) => {
      try {
        return [{ zone, offset: offsetOf(zone, at) }];
      } catch {
        return []; // not a zone this browser can use (a stored value from elsewhere)
      }
    })
    .sort((a, b) => minutesOf(a.offset) - minutesOf(b.offset) || collator.compare(cityOf(a.zone), cityOf(b.zone)))
    .map(({ zone, offset }) => ({ value: zone, label: zone.includes('/') ? `(${offset}) ${cityOf(zone)} — ${zone}` : `(${offset}) ${zone}` }));
}

/** The support languages the Azure support form offers (preferredSupportLanguage), by BCP 47 tag. */
export const PORTAL_SUPPORT_LANGUAGES = ['en-US', 'es-ES', 'fr-FR', 'de-DE', 'it-IT', 'ja-JP', 'ko-KR', 'pt-BR', 'ru-RU', 'zh-Hans', 'zh-TW'] as const;

/** The portal's support languages by name in `language`; a stored tag outside the list is kept as a choice. */
export function supportLanguageChoices(language: string, current = ''): Choice[] {
  const names = new Intl.DisplayNames([language], { type: 'language', languageDisplay: 'standard' });
  const tags: string[] = [...PORTAL_SUPPORT_LANGUAGES];
  if (current && !tags.some((tag) => tag.toLowerCase() === current.toLowerCase())) tags.push(current);
  return tags.map((tag) => ({ value: tag, label: nameOr(names, tag) }));
}

function nameOr(names: Intl.DisplayNames, tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The stored value for what the partner is typing: a choice whose label it is (any case), or the text
 * as typed. Codes are not matched while typing: "CA" would turn into Canada on the way to "Cambodia".
 */
export function valueWhileTyping(choices: readonly Choice[], typed: string): string {
  const text = typed.trim().toLowerCase();
  return choices.find((choice) => choice.label.toLowerCase() === text)?.value ?? typed;
}

/**
 * The stored value once the partner leaves the field: a label, a code ("es", "europe/madrid"), or
 * text that only one label contains ("Madrid"). Anything else is kept as typed, for the schema to
 * refuse with its own message.
 */
export function valueWhenDone(choices: readonly Choice[], typed: string): string {
  const text = typed.trim().toLowerCase();
  if (text === '') return typed;
  const exact = choices.find((choice) => choice.label.toLowerCase() === text || choice.value.toLowerCase() === text);
  if (exact) return exact.value;
  const containing = choices.filter((choice) => choice.label.toLowerCase().includes(text));
  return containing.length === 1 && containing[0] ? containing[0].value : typed;
}

/** What the field shows for a stored value: its label, or the value itself when no choice has it. */
export function labelForValue(choices: readonly Choice[], value: string): string {
  return choices.find((choice) => choice.value.toLowerCase() === value.trim().toLowerCase())?.label ?? value;
}
