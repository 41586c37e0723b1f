/**
 * Text read off a portal or Partner Center page, made safe to keep and show: one line, no invisible
 * controls, bounded. Page text is data: it ends up in the panel, the popup, CSV files opened by
 * spreadsheets and JSON exports, so every string a page gives goes through here (in the content
 * scripts as they read it, and in the ticket schema as the background stores it). No zod: bundled
 * into the content scripts.
 */

// Breaks and spaces of every kind (NEL too, which \s leaves out) become one space, so one field is one line.
const BREAKS_AND_SPACES = /[\s\u0085]+/g;
// Other C0/C1 controls, bidi embeddings/overrides/isolates (the "Trojan Source" characters, which
// can make a title display in a different order than stored) and BOMs. ZWJ/ZWNJ stay: they are
// part of emoji and several scripts.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's job
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Single-line, control-free, trimmed text of at most `max` code points (cut by code point, so an
 * emoji's surrogate pair is never split). Over-long text is cut rather than rejected: a long title
 * must never lose the ticket.
 */
export function cleanPageText(text: string | null | undefined, max = 200): string {
  if (!text) return '';
  const clean = text.replace(INVISIBLE, '').replace(BREAKS_AND_SPACES, ' ').trim();
  if (clean.length <= max) return clean;
  const codePoints = Array.from(clean);
  return codePoints.length <= max ? clean : codePoints.slice(0, max).join('').trimEnd();
}
