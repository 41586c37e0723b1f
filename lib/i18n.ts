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

/** The UI language the browser resolved ("en" or "es"), for number and date formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage?.() || 'en';
}
