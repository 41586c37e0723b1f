import { describe, expect, it, vi } from 'vitest';
import { createTabRecords } from '../../../lib/assistant/tab-records';
import { handoffItem, slaNotifiedItem, tabRecordItem } from '../../../lib/storage/items';
import { handoffSchema, notifiedLogSchema, readAs, tabRecordSchema } from '../../../lib/storage/records';
import { freshBrowserStorage } from '../support/storage';

const CONTOSO = '22222222-2222-4222-8222-222222222222';

describe('stored records are checked when read', () => {
  it('a tab record that does not fit (a newer build, a hand edit) reads as a fresh tab, with a trace', async () => {
    freshBrowserStorage();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await tabRecordItem(3).setValue({ signals: 'not a list', confirmed: 'yes' });
    expect(await createTabRecords().read(3)).toEqual({});
    expect(warn).toHaveBeenCalledOnce();
  });

  it('a tab record the background wrote reads back as written, and forget removes it', async () => {
    freshBrowserStorage();
    const tabs = createTabRecords();
    const record = { signals: [{ kind: 'tenantId' as const, value: CONTOSO, source: 'url-hash' as const }], confirmed: true, hop: { tenantId: CONTOSO, at: 5 } };
    await tabs.update(4, () => ({ record, result: null }));
    expect(await tabs.read(4)).toEqual(record);
    await tabs.forget(4);
    expect(await tabRecordItem(4).getValue()).toBeNull();
  });

  it.each([
    ['a hand-off without its customer', handoffSchema, { partnerCenterUrl: 'https://partner.microsoft.com/', hopTenantId: null, at: 1 }],
    ['a hop that is no directory id', handoffSchema, { intended: {}, partnerCenterUrl: 'x', hopTenantId: 'contoso', at: 1 }],
    ['an alert log with text times', notifiedLogSchema, { 'id:due': 'soon' }],
    ['a tab record whose pending capture has no snapshot', tabRecordSchema, { pending: { submittedAt: 1 } }],
  ])('%s reads as empty', (_name, schema, value) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readAs(schema as typeof notifiedLogSchema, value, {}, 'value')).toEqual({});
  });

  it('nothing stored reads as empty without a warning', async () => {
    freshBrowserStorage();
    const warn = vi.spyOn(console, 'warn');
    expect(readAs(handoffSchema, await handoffItem(9).getValue(), null, 'hand-off')).toBeNull();
    expect(readAs(notifiedLogSchema, await slaNotifiedItem.getValue(), {}, 'alert log')).toEqual({});
    expect(warn).not.toHaveBeenCalled();
  });
});
