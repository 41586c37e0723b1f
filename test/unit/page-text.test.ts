import { describe, expect, it } from 'vitest';
import { cleanPageText } from '../../lib/page-text';

describe('cleanPageText', () => {
  it.each([
    ['trims and collapses spaces', '  VM   down  ', 10, 'VM down'],
    ['turns line breaks and tabs into spaces', 'line1\r\nline2\tend', 50, 'line1 line2 end'],
    ['strips C0/C1 controls and the BOM', '\u0000a\u0007b\u009Bc\uFEFF', 10, 'abc'],
    ['strips bidi overrides (Trojan Source)', 'invoice\u202Egpj.exe\u2066x\u2069', 50, 'invoicegpj.exex'],
    ['keeps ZWJ emoji and accents', 'Señor 👩\u200D💻', 20, 'Señor 👩\u200D💻'],
    ['caps length in code points', 'abcdef', 3, 'abc'],
    ['never splits a surrogate pair', 'ab😀cd', 3, 'ab😀'],
    ['trims again after cutting', 'abc def', 4, 'abc'],
    ['turns no-break, narrow and other Unicode spaces and NEL into one space', 'a\u00A0b\u202Fc\u3000d\u0085e', 20, 'a b c d e'],
    ['joins nothing when a control sat between spaces', 'a \u0007 b', 10, 'a b'],
  ])('%s', (_name, input, max, expected) => {
    expect(cleanPageText(input, max)).toBe(expected);
  });

  it('reads nothing as empty text', () => {
    expect(cleanPageText(null)).toBe('');
    expect(cleanPageText(undefined)).toBe('');
    expect(cleanPageText('  \n ')).toBe('');
  });
});
