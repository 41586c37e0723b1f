import { describe, expect, it } from 'vitest';
import { parseUrl, safeDecode } from '../../lib/url';

describe('reading URLs from pages', () => {
  it('parses absolute and relative URLs, and gives null for what is none', () => {
    expect(parseUrl('https://portal.azure.com/#home')?.hostname).toBe('portal.azure.com');
    expect(parseUrl('/dashboard/v2/customers/list', 'https://partner.microsoft.com/')?.href).toBe('https://partner.microsoft.com/dashboard/v2/customers/list');
    expect(parseUrl('not a url')).toBeNull();
    expect(parseUrl('')).toBeNull();
  });

  it('decodes %-escapes, and keeps malformed ones as they are', () => {
    expect(safeDecode('contoso%2Eonmicrosoft.com')).toBe('contoso.onmicrosoft.com');
    expect(safeDecode('100%')).toBe('100%');
  });
});
