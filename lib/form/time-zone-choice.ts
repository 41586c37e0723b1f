import { normalizeText } from './text';

/**
 * Picks the partner's time zone in a list of Windows display names ("(UTC-05:00) Eastern Time (US &
 * Canada)", "(UTC-05:00) Hora del este (EE. UU. y Canadá)"). Windows names carry the zone's STANDARD
 * offset all year, so today's offset (with summer time) is never used. In order:
 * 1. the IANA zone's city in the option ("Madrid", "London");
 * 2. among options with the standard offset, the words of the Windows zone id, which the background
 *    maps from the IANA zone with CLDR's windowsZones data ("Eastern Standard Time" → "Eastern Time");
 * 3. the North American zones by "(US & Canada)" / "(EE. UU. y Canadá)" at that offset (one per offset);
 * 4. the only option with that offset. Otherwise nothing is chosen: a wrong zone is worse than none.
 */

/** Windows zones whose display names share no word with their id. */
const DISPLAY_HINTS: Record<string, string[]> = {
  'US Mountain Standard Time': ['Arizona'],
  'US Eastern Standard Time': ['Indiana (East)', 'Indiana (Este)'],
  'GMT Standard Time': ['Dublin, Edinburgh, Lisbon, London', 'Dublín, Edimburgo, Lisboa, Londres'],
  'Romance Standard Time': ['Brussels, Copenhagen, Madrid, Paris', 'Bruselas, Copenhague, Madrid, París'],
  'W. Europe Standard Time': ['Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna'],
  'SA Pacific Standard Time': ['Bogota, Lima, Quito', 'Bogotá, Lima, Quito'],
};
const US_AND_CANADA = new Set(['Eastern Standard Time', 'Central Standard Time', 'Mountain Standard Time', 'Pacific Standard Time', 'Alaskan Standard Time']);
const US_AND_CANADA_WORDS = ['US & Canada', 'EE. UU. y Canadá', 'EUA e Canadá'].map(normalizeText);

function offsetMinutes(zone: string, at: Date): number | null {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
    if (!name) return null;
    if (name === 'GMT') return 0;
    const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
    return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : null;
  } catch {
    return null;
  }
}

/** The zone's standard (winter) offset in the year of `now`: the smaller of its January and July offsets. */
export function standardOffset(zone: string, now: Date): string | null {
  const year = now.getUTCFullYear();
  const offsets = [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)].map((at) => offsetMinutes(zone, new Date(at)));
  if (offsets.some((offset) => offset === null)) return null;
  const minutes = Math.min(...(offsets as number[]));
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const hasWords = (normal: string, words: string) => words !== '' && ` ${normal} `.includes(` ${words} `);

export function chooseTimeZone(texts: readonly string[], zone: string, windowsId: string | null, now: Date): number {
  const normals = texts.map((text) => normalizeText(text));
  const city = normalizeText(zone.split('/').pop()?.replace(/_/g, ' ') ?? '');
  const byCity = normals.findIndex((normal) => hasWords(normal, city));
  if (byCity >= 0) return byCity;

  const offset = standardOffset(zone, now);
  if (!offset) return -1;
  const atOffset = texts
    .map((text, index) => ({ text, index, normal: normals[index] ?? '' }))
    .filter(({ text }) => text.includes(`UTC${offset}`) || text.includes(`GMT${offset}`) || (offset === '+00:00' && /\((?:UTC|GMT)\)/.test(text)));

  if (windowsId) {
    const phrases = [...(DISPLAY_HINTS[windowsId] ?? []), windowsId.replace(/ Standard Time$/, ' Time'), windowsId.replace(/ Standard Time$/, '')].map(normalizeText);
    for (const phrase of phrases) {
      const hit = atOffset.find(({ normal }) => hasWords(normal, phrase));
      if (hit) return hit.index;
    }
    if (US_AND_CANADA.has(windowsId)) {
      const hit = atOffset.find(({ normal }) => US_AND_CANADA_WORDS.some((words) => hasWords(normal, words)));
      if (hit) return hit.index;
    }
  }
  return atOffset.length === 1 ? (atOffset[0]?.index ?? -1) : -1;
}
