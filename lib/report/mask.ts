import { GUID_SOURCE } from '../ids';
import { safeDecode } from '../url';
/**
 * Page text in a page report is masked before anyone sees it: e-mail addresses, GUIDs (tenant and
 * subscription ids), domain names, phone numbers and long digit runs (request numbers) become
 * placeholders. Labels and option texts keep their words, which is what makes a look-alike.
 */
const RULES: readonly [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '<email>'],
  [new RegExp(`\\b${GUID_SOURCE}\\b`, 'gi'), '<guid>'],
  [/\+?\d[\d ()./-]{6,}\d/g, '<number>'],
  [/\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|io|example|microsoft|onmicrosoft|[a-z]{2})\b/gi, '<domain>'],
  [/\d{6,}/g, '<number>'],
];

/** The text with personal and tenant data replaced by placeholders, capped at `max` characters. */
export function maskText(text: string, max = 200): string {
  let out = text.replace(/\s+/g, ' ').trim();
  for (const [pattern, placeholder] of RULES) out = out.replace(pattern, placeholder);
  return out.slice(0, max);
}

/** A URL reduced to its shape: origin and path (masked), the hash route's segments (masked), no query. */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const hash = parsed.hash.split('?')[0] ?? '';
    return `${parsed.origin}${maskText(decodeURIComponent(parsed.pathname), 300)}${hash ? maskText(safeDecode(hash), 300) : ''}`;
  } catch {
    return '';
  }
}
