/**
 * Reading URLs that come from pages (links, the frame's address, hand-offs): they may be anything, so
 * nothing here throws.
 */

/** The URL `text` names (relative to `base` when given), or null when it is no URL. */
export function parseUrl(text: string, base?: string): URL | null {
  return URL.canParse(text, base) ? new URL(text, base) : null;
}

/** `text` with its %-escapes decoded, or as it is when they are malformed. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
