import { describe, expect, it } from 'vitest';
import { firstDuplicateKey, parseJsonText } from '../../lib/json-text';
import { parseSettingsFile } from '../../lib/settings/file';
import { parseTicketsFile } from '../../lib/tickets/export-file';

describe('reading a JSON file', () => {
  it.each([
    ['{"a":1,"a":2}', 'a'],
    ['{"partner":{"email":"x@y.example","phone":"1","email":"z@y.example"}}', 'partner.email'],
    ['{"customers":[{"name":"A"},{"name":"B","tenantId":"1","name":"C"}]}', 'customers.1.name'],
    ['{"a\\u0062":1,"ab":2}', 'ab'],
    [' { "x" : [ { } , { "k" : 1 , "k" : 2 } ] } ', 'x.1.k'],
  ])('%s repeats %s', (text, path) => {
    expect(firstDuplicateKey(text)).toBe(path);
    expect(parseJsonText(text)).toEqual({ ok: false, path, messageKey: 'errDuplicateKey' });
  });

  it.each(['{"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]}', '{"text":"a \\"quoted\\" key: \\"a\\"","a":1}', '["a","a",{"a":1}]', '{"a":"{\\"a\\":1,\\"a\\":2}"}'])('%s has no repeated key', (text) => {
    expect(firstDuplicateKey(text)).toBeNull();
    expect(parseJsonText(text).ok).toBe(true);
  });

  it('a BOM is dropped and text that is no JSON is refused, the same in both file kinds', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, json: { a: 1 } });
    expect(parseSettingsFile('{"format":')).toEqual({ ok: false, issues: [{ path: '', messageKey: 'errFileNotJson' }] });
    expect(parseTicketsFile('{"format":')).toEqual({ ok: false, issues: [{ path: '', messageKey: 'errFileNotJson' }] });
  });

  it('a settings file and a tickets file with a repeated key are refused, naming it', () => {
    expect(parseSettingsFile('{"format":"csp-support-assistant/settings","format":"x"}')).toEqual({ ok: false, issues: [{ path: 'format', messageKey: 'errDuplicateKey' }] });
    expect(parseTicketsFile('{"format":"csp-support-assistant/tickets","version":1,"version":1,"tickets":[]}')).toEqual({ ok: false, issues: [{ path: 'version', messageKey: 'errDuplicateKey' }] });
  });
});
