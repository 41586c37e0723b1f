import { matchOption } from './term-lookup';
import { normalizeText } from './text';
import { chooseTimeZone } from './time-zone-choice';
import type { FillTarget } from './plan';
import type { OptionChooser } from './controls';

/**
 * Turns a fill target into a chooser over the options a control shows, in whatever language the
 * portal uses: option names from the terms table, countries and languages through Intl.DisplayNames
 * (both English and the form's language), time zones through time-zone-choice.ts.
 */

/** Building an Intl.DisplayNames loads locale data (milliseconds each): one per language and type is kept. */
const displayNamesCache = new Map<string, Intl.DisplayNames>();
function displayNames(language: string, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${type}:${language}`;
  let names = displayNamesCache.get(key);
  if (!names) {
    names = new Intl.DisplayNames([language], { type });
    displayNamesCache.set(key, names);
  }
  return names;
}

/** The names of `code` in `language` (normalised; none for an unknown code or locale). */
function namesIn(type: 'region' | 'language', code: string, language: string): string[] {
  try {
    const name = displayNames(language, type).of(code);
    return name && name !== code ? [normalizeText(name)] : [];
  } catch {
    return [];
  }
}

/**
 * The first index `test` accepts, trying the names of one language at a time: the form's language
 * usually matches, so the other languages' locale data is never loaded (each costs milliseconds).
 */
function firstInLanguages(languages: readonly string[], names: (language: string) => string[], test: (names: readonly string[]) => number): number {
  for (const language of languages) {
    const index = test(names(language));
    if (index >= 0) return index;
  }
  return -1;
}

const findIndex = (texts: readonly string[], test: (normal: string, raw: string) => boolean) => texts.findIndex((text) => test(normalizeText(text), text));

export function chooserFor(target: FillTarget, formLanguage: string, now = new Date()): OptionChooser | string {
  const languages = [...new Set([formLanguage, 'en', 'es'])];
  switch (target.type) {
    case 'text':
      return target.value;
    case 'option':
      return (texts) => findIndex(texts, (_normal, raw) => matchOption(target.group, raw) === target.key);
    case 'country': {
      const names = (language: string) => namesIn('region', target.code, language);
      const code = target.code.toLowerCase();
      // An exact name in any language first, then an option that starts with a name ("Spain (ES)").
      return (texts) => {
        const exact = firstInLanguages(languages, names, (inLanguage) => findIndex(texts, (normal) => inLanguage.includes(normal) || normal === code));
        return exact >= 0 ? exact : firstInLanguages(languages, names, (inLanguage) => findIndex(texts, (normal) => inLanguage.some((name) => normal.startsWith(`${name} `))));
      };
    }
    case 'language': {
      const base = target.tag.split('-')[0] ?? target.tag;
      const names = (language: string) => [...namesIn('language', target.tag, language), ...namesIn('language', base, language)];
      return (texts) => firstInLanguages(languages, names, (inLanguage) => findIndex(texts, (normal) => inLanguage.some((name) => normal === name || normal.startsWith(`${name} `))));
    }
    case 'timeZone':
      return (texts) => chooseTimeZone(texts, target.zone, target.windowsId, now);
  }
}
