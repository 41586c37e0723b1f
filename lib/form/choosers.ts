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

function displayName(type: 'region' | 'language', code: string, languages: readonly string[]): string[] {
  const names = new Set<string>();
  for (const language of languages) {
    try {
      const name = displayNames(language, type).of(code);
      if (name && name !== code) names.add(normalizeText(name));
    } catch {
      // An unknown code or locale: no name in that language.
    }
  }
  return [...names];
}

const findIndex = (texts: readonly string[], test: (normal: string, raw: string) => boolean) => texts.findIndex((text) => test(normalizeText(text), text));

export function chooserFor(target: FillTarget, formLanguage: string, now = new Date()): OptionChooser | string {
  const languages = [formLanguage, 'en', 'es'];
  switch (target.type) {
    case 'text':
      return target.value;
    case 'option':
      return (texts) => findIndex(texts, (_normal, raw) => matchOption(target.group, raw) === target.key);
    case 'country': {
      const names = displayName('region', target.code, languages);
      const code = target.code.toLowerCase();
      return (texts) => {
        const exact = findIndex(texts, (normal) => names.includes(normal) || normal === code);
        return exact >= 0 ? exact : findIndex(texts, (normal) => names.some((name) => normal.startsWith(`${name} `)));
      };
    }
    case 'language': {
      const base = target.tag.split('-')[0] ?? target.tag;
      const names = [...displayName('language', target.tag, languages), ...displayName('language', base, languages)];
      return (texts) => findIndex(texts, (normal) => names.some((name) => normal === name || normal.startsWith(`${name} `)));
    }
    case 'timeZone':
      return (texts) => chooseTimeZone(texts, target.zone, target.windowsId, now);
  }
}
