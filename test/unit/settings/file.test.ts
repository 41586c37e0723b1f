import { describe, expect, it } from 'vitest';
import { exportSettingsFile, parseSettingsFile } from '../../../lib/settings/file';
import { defaultSettings } from '../../../lib/settings/schema';
import { validSettingsFile } from './fixtures';

type SettingsFileShape = { partner: Record<string, unknown>; ownTenants: unknown[] } & Record<string, unknown>;

describe('parseSettingsFile', () => {
  it('accepts the documented format and fills optional parts with defaults', () => {
    const result = parseSettingsFile(JSON.stringify(validSettingsFile()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.partner?.country).toBe('ES');
    expect(result.value.customers[0]).toMatchObject({ domains: ['contoso.onmicrosoft.com'], source: 'manual' });
    expect(result.value.sla.targetMinutes).toEqual({ E: 60, A: 120, B: 240, C: 480 });
    expect(result.value.businessHours.days).toEqual([1, 2, 3, 4, 5]);
    expect(result.value.switches.prefillSupportPlan).toBe(true);
  });

  it('round-trips through export', () => {
    const first = parseSettingsFile(JSON.stringify(validSettingsFile()));
    if (!first.ok) throw new Error('fixture invalid');
    const again = parseSettingsFile(exportSettingsFile(first.value));
    expect(again).toEqual(first);
  });

  it.each([
    ['not JSON', '{"format": ', [{ path: '', messageKey: 'errFileNotJson' }]],
    ['a JSON array', '[]', [{ path: '', messageKey: 'errFileFormat' }]],
    ['another format', JSON.stringify({ ...validSettingsFile(), format: 'something-else' }), [{ path: 'format', messageKey: 'errFileFormat' }]],
    ['a future version', JSON.stringify({ ...validSettingsFile(), version: 2 }), [{ path: 'version', messageKey: 'errFileVersion' }]],
  ])('rejects %s', (_name, text, issues) => {
    expect(parseSettingsFile(text)).toEqual({ ok: false, issues });
  });

  it.each([
    ['a control character in a name', (file: SettingsFileShape) => ({ ...file, partner: { ...file.partner, companyName: 'Fabrikam\u0007' } }), 'partner.companyName', 'errControlChars'],
    ['a bidi override in a name', (file: SettingsFileShape) => ({ ...file, partner: { ...file.partner, lastName: 'Garc\u202eía' } }), 'partner.lastName', 'errControlChars'],
    ['a phone of punctuation only', (file: SettingsFileShape) => ({ ...file, partner: { ...file.partner, phone: '------' } }), 'partner.phone', 'errPhone'],
    ['a holiday that is no date', (file: SettingsFileShape) => ({ ...file, businessHours: { holidays: ['2026-02-31'] } }), 'businessHours.holidays.0', 'errDate'],
    ['one tenant id twice', (file: SettingsFileShape) => ({ ...file, ownTenants: [...file.ownTenants, ...file.ownTenants] }), 'ownTenants.1.tenantId', 'errDuplicateTenant'],
  ])('no longer accepts %s silently', (_name, change, path, messageKey) => {
    expect(parseSettingsFile(JSON.stringify(change(validSettingsFile() as SettingsFileShape)))).toEqual({ ok: false, issues: [{ path, messageKey }] });
  });

  it('accepts a UTF-8 BOM, as the tickets file does', () => {
    expect(parseSettingsFile(`\uFEFF${JSON.stringify(validSettingsFile())}`).ok).toBe(true);
  });

  it('names every bad field', () => {
    const file = validSettingsFile();
    const partner = file.partner as Record<string, unknown>;
    partner.email = 'not-an-email';
    delete partner.lastName;
    (file.ownTenants as Record<string, unknown>[])[0]!.tenantId = 'contoso';
    (file.customers as Record<string, unknown>[])[0]!.domains = ['contoso'];
    file.sla = { targetMinutes: { A: -5, B: 240, C: 480 } };
    const result = parseSettingsFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { path: 'partner.email', messageKey: 'errEmail' },
        { path: 'partner.lastName', messageKey: 'errRequired' },
        { path: 'ownTenants.0.tenantId', messageKey: 'errTenantId' },
        { path: 'customers.0.domains.0', messageKey: 'errDomain' },
        { path: 'sla.targetMinutes.A', messageKey: 'errRange' },
      ]),
    );
  });

  it('exports a file that carries format and version first', () => {
    const text = exportSettingsFile(defaultSettings());
    expect(Object.keys(JSON.parse(text)).slice(0, 2)).toEqual(['format', 'version']);
  });
});
