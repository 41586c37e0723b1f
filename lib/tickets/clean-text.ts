/**
 * Sanitising for text read off the Azure / Microsoft 365 pages. Such text ends up
 * in the popup, in CSV files opened by spreadsheets and in JSON exports, so it is
 * made single-line, stripped of invisible control characters and capped.
 */

// Line and paragraph breaks of every kind become spaces, so one field is one line.
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// Other C0/C1 controls, bidi embeddings/overrides/isolates (the "Trojan Source"
// characters, which can make a title display in a different order than stored) and BOMs.
// ZWJ/ZWNJ stay: they are part of emoji and several scripts.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's job
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const SPACES = / {2,}/g;

/**
 * Single-line, control-free, trimmed text of at most `max` code points. Over-long
 * text is cut rather than rejected: a long title must never lose the ticket.
 */
export function cleanText(value: string, max: number): string {
  const text = value.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  const codePoints = Array.from(text);
  // Cut by code point so an emoji's surrogate pair is never split in half.
  return codePoints.length <= max ? text : codePoints.slice(0, max).join('').trimEnd();
}
