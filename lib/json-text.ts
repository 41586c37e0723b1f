/**
 * Reading a JSON file a partner hands in (settings, tickets): one set of rules for both. A UTF-8 BOM
 * (Windows editors add one) is dropped; text that is no JSON is refused; and so is an object with the
 * same key twice, which JSON.parse would quietly resolve to the last one (a hand-merged file that keeps
 * two `email`s must not lose one without saying so).
 */
export type JsonTextResult = { ok: true; json: unknown } | { ok: false; path: string; messageKey: 'errFileNotJson' | 'errDuplicateKey' };

export function parseJsonText(text: string): JsonTextResult {
  const source = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return { ok: false, path: '', messageKey: 'errFileNotJson' };
  }
  const duplicate = firstDuplicateKey(source);
  return duplicate === null ? { ok: true, json } : { ok: false, path: duplicate, messageKey: 'errDuplicateKey' };
}

interface Frame {
  keys: Set<string> | null; // null for an array
  /** The key (object) or index (array) whose value is being read. */
  at: string;
  index: number;
}

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * The dotted path of the first key an object repeats, or null. Expects text JSON.parse accepted: one
 * pass over the characters, strings skipped whole (a string decoded only when it holds an escape).
 */
export function firstDuplicateKey(source: string): string | null {
  const stack: Frame[] = [];
  const length = source.length;
  /** The first backslash at or after the current string, found once per stretch of text: -1 when none is left. */
  let nextBackslash = source.indexOf('\\');
  for (let i = 0; i < length; i++) {
    const code = source.charCodeAt(i);
    if (code === QUOTE) {
      // The closing quote: the next one not escaped by an odd run of backslashes (found natively, not char by char).
      let end = i;
      for (;;) {
        end = source.indexOf('"', end + 1);
        if (end < 0) return null; // cannot happen in text JSON.parse accepted
        let before = end - 1;
        while (source.charCodeAt(before) === BACKSLASH) before -= 1;
        if ((end - 1 - before) % 2 === 0) break;
      }
      if (nextBackslash !== -1 && nextBackslash < i) nextBackslash = source.indexOf('\\', i);
      const escaped = nextBackslash !== -1 && nextBackslash < end;
      const top = stack[stack.length - 1];
      let next = end + 1;
      while (next < length && source.charCodeAt(next) <= 32) next += 1;
      if (top?.keys && source[next] === ':') {
        const key = escaped ? (JSON.parse(source.slice(i, end + 1)) as string) : source.slice(i + 1, end);
        if (top.keys.has(key)) return [...stack.slice(0, -1).map((frame) => frame.at), key].join('.');
        top.keys.add(key);
        top.at = key;
        i = next;
      } else i = end;
      continue;
    }
    if (code === 123 /* { */) stack.push({ keys: new Set(), at: '', index: 0 });
    else if (code === 91 /* [ */) stack.push({ keys: null, at: '0', index: 0 });
    else if (code === 125 /* } */ || code === 93 /* ] */) stack.pop();
    else if (code === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top && top.keys === null) {
        top.index += 1;
        top.at = String(top.index);
      }
    }
  }
  return null;
}
