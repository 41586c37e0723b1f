import { describe, expect, it } from 'vitest';
import { cityOf, countryChoices, labelForValue, supportLanguageChoices, timeZoneChoices, valueWhenDone, valueWhileTyping } from '../../../lib/settings/choices';
import { partnerProfileSchema } from '../../../lib/settings/schema';

const WINTER = new Date('2026-01-15T12:00:00Z');
const SUMMER = new Date('2026-07-15T12:00:00Z');

describe('countryChoices', () => {
  it('names every country in the UI language, sorted as that language sorts, with no groupings', () => {
    const en = countryChoices('en');
    const es = countryChoices('es');
    expect(en.find((choice) => choice.value === 'ES')?.label).toBe('Spain');
    expect(es.find((choice) => choice.value === 'ES')?.label).toBe('España');
    expect(en.length).toBeGreaterThan(240);
    expect(en.map((choice) => choice.value)).not.toEqual(expect.arrayContaining(['EU']));
    expect(en.some((choice) => ['EU', 'UN', 'ZZ', 'XA', 'QO'].includes(choice.value))).toBe(false);
    const labels = es.map((choice) => choice.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('es').compare));
    // Every code offered is one the schema stores.
    for (const { value } of en) expect(partnerProfileSchema.shape.country.safeParse(value).success).toBe(true);
  });
});

describe('timeZoneChoices', () => {
  it('shows the offset in effect at the date given, the main city and the zone; west to east', () => {
    const winter = timeZoneChoices('en', WINTER);
    expect(winter.find((choice) => choice.value === 'Europe/Madrid')?.label).toBe('(GMT+01:00) Madrid — Europe/Madrid');
    expect(timeZoneChoices('en', SUMMER).find((choice) => choice.value === 'Europe/Madrid')?.label).toBe('(GMT+02:00) Madrid — Europe/Madrid');
    // The browser may list the zone under its older canonical name (America/Buenos_Aires).
    expect(winter.find((choice) => choice.value.endsWith('/Buenos_Aires'))?.label).toMatch(/^\(GMT-03:00\) Buenos Aires — America\/(Argentina\/)?Buenos_Aires$/);
    const index = (zone: string) => winter.findIndex((choice) => choice.value === zone);
    expect(index('America/Los_Angeles')).toBeLessThan(index('Europe/London'));
    expect(index('Europe/London')).toBeLessThan(index('Asia/Tokyo'));
  });

  it('adds a stored zone the browser does not list, and drops one it cannot use', () => {
    const values = timeZoneChoices('en', WINTER, ['UTC', 'Not/AZone']).map((choice) => choice.value);
    expect(values).toContain('UTC');
    expect(values).not.toContain('Not/AZone');
    expect(cityOf('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
  });
});

describe('supportLanguageChoices', () => {
  it('names the portal’s languages in the UI language and keeps a stored one outside the list', () => {
    const en = supportLanguageChoices('en');
    expect(en.map((choice) => choice.value)).toEqual(['en-US', 'es-ES', 'fr-FR', 'de-DE', 'it-IT', 'ja-JP', 'ko-KR', 'pt-BR', 'ru-RU', 'zh-Hans', 'zh-TW']);
    expect(en[1]?.label).toBe('Spanish (Spain)');
    expect(supportLanguageChoices('es')[0]?.label).toBe('inglés (Estados Unidos)');
    expect(supportLanguageChoices('en', 'nl-NL').at(-1)).toEqual({ value: 'nl-NL', label: 'Dutch (Netherlands)' });
    expect(supportLanguageChoices('en', 'EN-us')).toHaveLength(11);
  });
});

describe('typing into a list field', () => {
  const countries = countryChoices('en');
  const zones = timeZoneChoices('en', WINTER);

  it('a label picked or typed in full is its code at once; a code only once the partner leaves the field', () => {
    expect(valueWhileTyping(countries, 'spain')).toBe('ES');
    // "CA" on the way to "Cambodia" stays as typed.
    expect(valueWhileTyping(countries, 'Ca')).toBe('Ca');
    expect(valueWhenDone(countries, 'ca')).toBe('CA');
    expect(valueWhenDone(zones, 'europe/madrid')).toBe('Europe/Madrid');
  });

  it('text only one label contains is that choice when done; anything else stays for the schema to refuse', () => {
    expect(valueWhenDone(zones, 'Madrid')).toBe('Europe/Madrid');
    expect(valueWhenDone(zones, 'America')).toBe('America');
    expect(valueWhenDone(countries, 'Atlantis')).toBe('Atlantis');
    expect(valueWhenDone(countries, '')).toBe('');
  });

  it('shows the label of a stored code, and typed text as it is', () => {
    expect(labelForValue(countries, 'ES')).toBe('Spain');
    expect(labelForValue(countries, 'Spa')).toBe('Spa');
  });
});
