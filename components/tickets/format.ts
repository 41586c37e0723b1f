import { uiLanguage, tCode } from '../../lib/i18n';

/**
 * The locale the extension's messages are shown in ("es", "en"), so dates follow the
 * text around them; the browser's UI language can differ (a Spanish catalog chosen
 * from the OS languages in an English browser).
 */
function locale(): string {
  const messages = tCode('@@ui_locale');
  return messages && messages !== '@@ui_locale' ? messages.replace('_', '-') : uiLanguage();
}

/** Date formatting in the UI language; formatters are built once: each costs about a millisecond. */
let dueFormatter: Intl.DateTimeFormat | null = null;
let fullFormatter: Intl.DateTimeFormat | null = null;

function due(): Intl.DateTimeFormat {
  dueFormatter ??= new Intl.DateTimeFormat(locale(), { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  return dueFormatter;
}

function full(): Intl.DateTimeFormat {
  fullFormatter ??= new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' });
  return fullFormatter;
}

/** "Mon 14:35" within a week, else "4 Mar 2026, 14:35": enough to plan with, short enough for the popup. */
export function formatDue(ms: number, now: number): string {
  const withinWeek = Math.abs(ms - now) < 6 * 86_400_000;
  if (withinWeek) return due().format(ms);
  return full().format(ms);
}

/**
 * Builds both formatters and formats once with each (the first format is slow too), so a page pays
 * for them while it waits for its data instead of in its first draw.
 */
export function prepareDateFormatters(): void {
  full().format(0);
  due().format(0);
}

/** Full date and time, for tooltips and the tracker. */
export function formatDateTime(ms: number): string {
  return full().format(ms);
}

/** A load error as the partner reads it: a message name from the background is translated, any other text shown as is. */
export function loadErrorText(error: string): string {
  return /^err[A-Z]\w*$/.test(error) ? tCode(error) : error;
}
