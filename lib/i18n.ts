import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

/** Every message name in public/_locales/en/messages.json; a typo is a type error. */
export type MessageKey = keyof typeof en;

const getMessage = (name: string, substitutions?: string | string[]) => (browser.i18n.getMessage as (name: string, substitutions?: string | string[]) => string)(name, substitutions);

/**
 * Localised text through browser.i18n (the browser's UI language picks en or es). The key is
 * checked at compile time; keys built at run time come from typed tables (`fieldName_${FieldKey}`).
 * Falls back to the key so a missing message is visible rather than blank.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return getMessage(key, substitutions) || key;
}

/**
 * A message name that arrives as data: a validation code from a zod schema or the background
 * (`errEmail`, `errSaveFailed`), or a predefined message such as `@@ui_locale`. One the catalog
 * does not have shows the generic "invalid value" text rather than a code.
 */
export function tCode(code: string, substitutions?: string | string[]): string {
  return getMessage(code, substitutions) || t('errInvalid');
}

/**
 * The language the messages are shown in ("en" or "es"), for `lang` attributes and formatting.
 * Read from the catalog itself: Chrome can pick the Spanish catalog while getUILanguage() and
 * @@ui_locale still say en-US.
 */
export function uiLanguage(): string {
  return t('localeCode');
}
