import { describe, expect, it, vi } from 'vitest';
import { chooserFor } from '../../../lib/form/choosers';
import type { FillTarget } from '../../../lib/form/plan';

function pick(target: FillTarget, options: string[], language = 'en'): string | undefined {
  const chooser = chooserFor(target, language, new Date('2026-11-23T10:00:00Z'));
  if (typeof chooser === 'string') return chooser;
  return options[chooser(options)];
}

describe('chooserFor', () => {
  it.each([
    [['Azure support plan - Developer', 'Cloud Solution Provider (CSP)', 'Premier / Unified (Contract ID)'], 'Cloud Solution Provider (CSP)'],
    [['Plan de soporte de Azure: Developer', 'Proveedor de soluciones en la nube'], 'Proveedor de soluciones en la nube'],
    [['Premier', 'Azure plan - Cloud Solution Provider'], 'Azure plan - Cloud Solution Provider'],
    [['Basic', 'Non-CSP plan'], undefined],
  ])('finds the CSP plan in %j', (options, expected) => {
    expect(pick({ type: 'option', group: 'supportPlan', key: 'csp' }, options)).toBe(expected);
  });

  it.each([
    ['en', ['France', 'Spain', 'United States'], 'Spain'],
    ['es', ['Francia', 'España', 'Estados Unidos'], 'España'],
    ['en', ['Spain (España)', 'Sweden'], 'Spain (España)'],
  ])('finds the country in %s', (language, options, expected) => {
    expect(pick({ type: 'country', code: 'ES' }, options, language)).toBe(expected);
  });

  it('finds the time zone by city, then by the Windows id at the standard offset', () => {
    const windowsNames = ['(UTC-05:00) Eastern Time (US & Canada)', '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', '(UTC+01:00) Amsterdam, Berlin'];
    expect(pick({ type: 'timeZone', zone: 'Europe/Madrid', windowsId: null }, windowsNames)).toBe('(UTC+01:00) Brussels, Copenhagen, Madrid, Paris');
    expect(pick({ type: 'timeZone', zone: 'Africa/Ceuta', windowsId: 'Romance Standard Time' }, windowsNames)).toBe('(UTC+01:00) Brussels, Copenhagen, Madrid, Paris');
    expect(pick({ type: 'timeZone', zone: 'America/New_York', windowsId: 'Eastern Standard Time' }, windowsNames)).toBe('(UTC-05:00) Eastern Time (US & Canada)');
  });

  it('two zones at one standard offset and no way to tell them apart: chooses none (a wrong zone is worse)', () => {
    const windowsNames = ['(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', '(UTC+01:00) Amsterdam, Berlin'];
    expect(pick({ type: 'timeZone', zone: 'Africa/Ceuta', windowsId: null }, windowsNames)).toBeUndefined();
  });
  it.each([
    ['en', ['English', 'Spanish', 'French'], 'es-ES', 'Spanish'],
    ['es', ['Inglés', 'Español', 'Francés'], 'es-ES', 'Español'],
    ['en', ['English', 'Spanish'], 'en-US', 'English'],
  ])('finds the support language (%s form)', (language, options, tag, expected) => {
    expect(pick({ type: 'language', tag }, options, language)).toBe(expected);
  });

  it('finds the contact method in either language', () => {
    expect(pick({ type: 'option', group: 'contactMethod', key: 'email' }, ['Teléfono', 'Correo electrónico'])).toBe('Correo electrónico');
    expect(pick({ type: 'option', group: 'contactMethod', key: 'phone' }, ['Email', 'Phone'])).toBe('Phone');
  });

  it('loads locale data only for the languages it needs, the form language first', async () => {
    vi.resetModules();
    const built = vi.spyOn(Intl, 'DisplayNames');
    const fresh = await import('../../../lib/form/choosers');
    const choose = (target: FillTarget, options: string[], language: string) => {
      const chooser = fresh.chooserFor(target, language);
      return typeof chooser === 'string' ? chooser : options[chooser(options)];
    };
    expect(choose({ type: 'country', code: 'ES' }, ['Francia', 'España'], 'es')).toBe('España');
    expect(choose({ type: 'language', tag: 'es-ES' }, ['Inglés', 'Español (España)'], 'es')).toBe('Español (España)');
    expect(built.mock.calls.map(([locales, options]) => `${options?.type}:${String(locales)}`)).toEqual(['region:es', 'language:es']);
    // A list in another language than the form's still finds its option, by the next language's names.
    expect(choose({ type: 'country', code: 'ES' }, ['France', 'Spain'], 'es')).toBe('Spain');
    expect(built.mock.calls.map(([locales, options]) => `${options?.type}:${String(locales)}`)).toEqual(['region:es', 'language:es', 'region:en']);
    built.mockRestore();
  });
});
