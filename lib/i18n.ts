import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

/** Every message name in public/_locales/en/messages.json; a typo is a type error. */
export type MessageKey = keyof typeof en;

/**
 * Localised text through browser.i18n (the browser's UI language picks en or es). Falls back to
 * the key so a missing message is visible rather than blank.
 */
export function t(key: MessageKey | (string & {}), substitutions?: string | string[]): string {
  // WXT types getMessage by the known keys; codes from zod or the page arrive as plain strings.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
}

/**
 * The language the messages are shown in ("en" or "es"), for `lang` attributes and formatting.
 * Read from the catalog itself: Chrome can pick the Spanish catalog while getUILanguage() and
 * @@ui_locale still say en-US.
 */
export function uiLanguage(): string {
  return t('localeCode');
}
