import { describe, expect, it } from 'vitest';
import { exportSettingsFile, parseSettingsFile } from '../../../lib/settings/file';
import { defaultSettings } from '../../../lib/settings/schema';
import { validSettingsFile } from './fixtures';

describe('parseSettingsFile', () => {
  it('accepts the documented format and fills optional parts with defaults', () => {
    const result = parseSettingsFile(JSON.stringify(validSettingsFile()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.partner?.country).toBe('ES');
    expect(result.settings.customers[0]).toMatchObject({ domains: ['contoso.onmicrosoft.com'], source: 'manual' });
    expect(result.settings.sla.targetMinutes).toEqual({ E: 60, A: 120, B: 240, C: 480 });
    expect(result.settings.businessHours.days).toEqual([1, 2, 3, 4, 5]);
    expect(result.settings.switches.prefillSupportPlan).toBe(true);
  });

  it('round-trips through export', () => {
    const first = parseSettingsFile(JSON.stringify(validSettingsFile()));
    if (!first.ok) throw new Error('fixture invalid');
    const again = parseSettingsFile(exportSettingsFile(first.settings));
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
