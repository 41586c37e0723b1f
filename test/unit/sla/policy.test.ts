import { describe, expect, it } from 'vitest';
import { slaPolicySchema, type SlaPolicy } from '../../../lib/settings/schema';
import { isEnglishSupport, targetFor, type SlaTarget, type TargetInput } from '../../../lib/sla/policy';

const defaults = slaPolicySchema.parse({});
const input = (over: Partial<TargetInput>): TargetInput => ({ severity: 'A', breakFix: true, supportLanguage: 'en-US', ...over });

describe('targetFor with the default CSP policy', () => {
  it.each<[string, Partial<TargetInput>, SlaTarget]>([
    ['A, English', {}, { kind: 'minutes', minutes: 120, clock: '24x7' }],
    ['B, English', { severity: 'B' }, { kind: 'minutes', minutes: 240, clock: '24x7' }],
    ['C, English', { severity: 'C' }, { kind: 'minutes', minutes: 480, clock: '24x7' }],
    ['unknown severity is treated as C', { severity: 'unknown' }, { kind: 'minutes', minutes: 480, clock: '24x7' }],
    ['Emergency has its own target (1 h by default), never C', { severity: 'E' }, { kind: 'minutes', minutes: 60, clock: '24x7' }],
    ['A, Spanish → business hours', { supportLanguage: 'es-ES' }, { kind: 'minutes', minutes: 120, clock: 'businessHours' }],
    ['B, Spanish, 24x7 response asked → around the clock', { severity: 'B', supportLanguage: 'es-ES', response24x7: true }, { kind: 'minutes', minutes: 240, clock: '24x7' }],
    ['B, Spanish, no 24x7 response → business hours', { severity: 'B', supportLanguage: 'es-ES', response24x7: false }, { kind: 'minutes', minutes: 240, clock: 'businessHours' }],
    ['A, bare "fr" → business hours', { supportLanguage: 'fr' }, { kind: 'minutes', minutes: 120, clock: 'businessHours' }],
    ['A, no language → English', { supportLanguage: null }, { kind: 'minutes', minutes: 120, clock: '24x7' }],
    ['A, en-GB', { supportLanguage: 'en-GB' }, { kind: 'minutes', minutes: 120, clock: '24x7' }],
    ['non-break-fix → one business day', { breakFix: false }, { kind: 'businessDays', days: 1 }],
    ['non-break-fix ignores severity and language', { breakFix: false, severity: 'A', supportLanguage: 'de' }, { kind: 'businessDays', days: 1 }],
  ])('%s', (_name, over, expected) => {
    expect(targetFor(input(over), defaults)).toEqual(expected);
  });
});

describe('targetFor with a customised policy', () => {
  const custom: SlaPolicy = {
    ...defaults,
    targetMinutes: { E: 30, A: 60, B: 90, C: 600 },
    breakFixClock: 'businessHours',
    localLanguageOnBusinessHours: false,
    nonBreakFixBusinessDays: 3,
  };

  it.each<[string, Partial<TargetInput>, SlaTarget]>([
    ['uses the configured minutes and clock', { severity: 'B' }, { kind: 'minutes', minutes: 90, clock: 'businessHours' }],
    ['a 24x7 response overrides a business-hours default clock', { severity: 'B', response24x7: true }, { kind: 'minutes', minutes: 90, clock: '24x7' }],
    ['unknown uses the configured C', { severity: 'unknown' }, { kind: 'minutes', minutes: 600, clock: 'businessHours' }],
    ['uses the configured business days', { breakFix: false }, { kind: 'businessDays', days: 3 }],
  ])('%s', (_name, over, expected) => {
    expect(targetFor(input(over), custom)).toEqual(expected);
  });

  it('keeps 24×7 for local language when the switch is off', () => {
    expect(targetFor(input({ supportLanguage: 'es-ES' }), { ...defaults, localLanguageOnBusinessHours: false })).toEqual({
      kind: 'minutes',
      minutes: 120,
      clock: '24x7',
    });
  });
});

describe('isEnglishSupport', () => {
  it.each([
    ['en', true],
    ['EN_gb', true],
    [' en-US ', true],
    ['', true],
    ['eng', true],
    ['not a tag!', false],
    ['es-ES', false],
    ['pt-BR', false],
  ])('%j → %s', (language, expected) => {
    expect(isEnglishSupport(language)).toBe(expected);
  });
});
