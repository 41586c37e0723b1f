import en from '../../../public/_locales/en/messages.json';
import es from '../../../public/_locales/es/messages.json';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const CATALOGS: Record<'en' | 'es', Catalog> = { en, es };

/** browser.i18n.getMessage over one of the extension's catalogs, placeholders included. */
export function catalogMessage(language: 'en' | 'es') {
  const catalog = CATALOGS[language];
  return (key: string, substitutions?: string | string[]): string => {
    if (key === '@@ui_locale') return language;
    const entry = catalog[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\w+)\$/g, (_match, name: string) => {
      const content = entry.placeholders?.[name.toUpperCase()]?.content ?? '';
      return subs[Number(content.replace('$', '')) - 1] ?? '';
    });
  };
}

/** The English catalog (most UI tests). */
export const englishMessage = catalogMessage('en');

/** Shows the extension's English messages through browser.i18n (getMessage, getUILanguage) for a UI test. */
export function speakEnglish(i18n: { getMessage: unknown; getUILanguage: unknown }, spyOn: typeof import('vitest').vi.spyOn): void {
  spyOn(i18n as { getMessage: (key: string, subs?: string | string[]) => string }, 'getMessage').mockImplementation(englishMessage);
  spyOn(i18n as { getUILanguage: () => string }, 'getUILanguage').mockReturnValue('en');
}
