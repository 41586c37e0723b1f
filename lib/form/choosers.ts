import { matchOption } from './term-lookup';
import { normalizeText } from './text';
import type { FillTarget } from './plan';
import type { OptionChooser } from './controls';

/**
 * Turns a fill target into a chooser over the options a control shows, in whatever language the
 * portal uses: option names from the terms table, countries and languages through Intl.DisplayNames
 * (both English and the form's language), time zones by city or UTC offset.
 */

function displayName(type: 'region' | 'language', code: string, languages: readonly string[]): string[] {
  const names = new Set<string>();
  for (const language of languages) {
    try {
      const name = new Intl.DisplayNames([language], { type }).of(code);
      if (name && name !== code) names.add(normalizeText(name));
    } catch {
      // An unknown code or locale: no name in that language.
    }
  }
  return [...names];
}

/** "+01:00" style offset of a zone at `now`, as Windows time-zone lists print it ("(UTC+01:00) …"). */
function utcOffset(zone: string, now: Date): string | null {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(now).find((p) => p.type === 'timeZoneName')?.value;
    if (!part) return null;
    return part === 'GMT' ? '+00:00' : part.replace('GMT', '');
  } catch {
    return null;
  }
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
    case 'timeZone': {
      const city = normalizeText(target.zone.split('/').pop()?.replace(/_/g, ' ') ?? '');
      const offset = utcOffset(target.zone, now);
      return (texts) => {
        const byCity = city ? findIndex(texts, (normal) => ` ${normal} `.includes(` ${city} `)) : -1;
        if (byCity >= 0 || !offset) return byCity;
        return findIndex(texts, (_normal, raw) => raw.includes(`UTC${offset}`) || raw.includes(`GMT${offset}`) || (offset === '+00:00' && /\((UTC|GMT)\)/.test(raw)));
      };
    }
  }
}
