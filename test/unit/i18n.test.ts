import { describe, expect, it, vi } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';

type Catalog = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

describe('locales', () => {
  it('English and Spanish have the same messages and placeholders', () => {
    const english = en as Catalog;
    const spanish = es as Catalog;
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english)) {
      expect(Object.keys(spanish[key]?.placeholders ?? {}), key).toEqual(Object.keys(english[key]?.placeholders ?? {}));
      expect(spanish[key]?.message.trim(), key).not.toBe('');
    }
  });

  it('every error code the schemas use has a message', async () => {
    const sources = import.meta.glob('../../lib/**/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
    const codes = new Set(Object.values(sources).flatMap((text) => [...text.matchAll(/'(err[A-Z]\w+)'/g)].map((m) => m[1]!)));
    expect(codes.size).toBeGreaterThan(10);
    for (const code of codes) expect(en, code).toHaveProperty(code);
  });
});

describe('t and tCode', () => {
  it('a code that arrives as data and is no message shows the generic text, never the code', async () => {
    const { browser } = await import('wxt/browser');
    const catalog = en as Catalog;
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string) => catalog[key]?.message ?? '') as typeof browser.i18n.getMessage);
    const { t, tCode } = await import('../../lib/i18n');
    expect(tCode('errEmail')).toBe(t('errEmail'));
    expect(tCode('errNoSuchCode')).toBe(t('errInvalid'));
    expect(tCode('errNoSuchCode')).not.toContain('errNoSuchCode');
  });
});
