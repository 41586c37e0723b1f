import { describe, expect, it } from 'vitest';
import { emptyPartnerDraft, fromDraft, toDraft } from '../../../lib/settings/draft';
import { defaultSettings, settingsSchema } from '../../../lib/settings/schema';

describe('settings draft', () => {
  it('leaves an untouched profile unset', () => {
    const input = fromDraft(toDraft(defaultSettings(), emptyPartnerDraft('es-ES', 'Europe/Madrid')));
    expect(settingsSchema.parse(input)).toEqual(defaultSettings());
  });

  it('splits list fields and turns number fields into numbers', () => {
    const draft = toDraft(defaultSettings());
    draft.customers.push({ name: 'Contoso', tenantId: '22222222-2222-4222-8222-222222222222', domains: 'contoso.com\n contoso.onmicrosoft.com,', source: 'manual', rowKey: 'test-row' });
    draft.sla.A = '90';
    draft.sla.B = 'four hours';
    const input = fromDraft(draft) as { customers: { domains: string[] }[]; sla: { targetMinutes: { A: number; B: number } } };
    expect(input.customers[0]?.domains).toEqual(['contoso.com', 'contoso.onmicrosoft.com']);
    expect(input.sla.targetMinutes.A).toBe(90);
    expect(Number.isNaN(input.sla.targetMinutes.B)).toBe(true);
  });
});
