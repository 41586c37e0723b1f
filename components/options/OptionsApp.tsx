import { useState } from 'preact/hooks';
import { fromDraft, toDraft, type PartnerDraft, type SettingsDraft } from '../../lib/settings/draft';
import { issuesByPath, type FieldIssue } from '../../lib/settings/issues';
import type { Settings } from '../../lib/settings/schema';
import { t } from '../../lib/i18n';
import { HoursSection } from './HoursSection';
import { ImportExportSection, type ImportOutcome } from './ImportExportSection';
import { PartnerSection } from './PartnerSection';
import { SlaSection } from './SlaSection';
import { SovereignSection } from './SovereignSection';
import { SwitchesSection } from './SwitchesSection';
import { TenantsSection } from './TenantsSection';

export type SaveOutcome = { ok: true; settings: Settings } | { ok: false; issues: FieldIssue[] };

interface Props {
  initial: Settings;
  /** Profile fields to start from when none is saved (browser language, time zone). */
  partnerDefaults: PartnerDraft;
  onSave: (input: Record<string, unknown>) => Promise<SaveOutcome>;
  onImport: (text: string) => Promise<SaveOutcome>;
  onExport: (settings: Settings) => void;
  /** Sovereign-cloud access: whether granted, and asking the browser to grant or drop it. */
  sovereign: { granted: boolean; grant: () => Promise<boolean>; revoke: () => Promise<boolean> };
}

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed' };

/** The whole settings page: a draft edited in place, validated by the schema on save. */
export function OptionsApp({ initial, partnerDefaults, onSave, onImport, onExport, sovereign }: Props) {
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(initial, partnerDefaults));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [importOutcome, setImportOutcome] = useState<ImportOutcome | null>(null);
  const [dirty, setDirty] = useState(false);
  const [sovereignGranted, setSovereignGranted] = useState<boolean | null>(sovereign.granted);
  const changeSovereign = async (ask: () => Promise<boolean>, grantedIfOk: boolean) => {
    const before = sovereignGranted;
    setSovereignGranted(null);
    const ok = await ask().catch(() => false);
    setSovereignGranted(ok ? grantedIfOk : before);
  };

  const edit =
    <K extends keyof SettingsDraft>(key: K) =>
    (value: SettingsDraft[K]) => {
      setDraft((current) => ({ ...current, [key]: value }));
      setDirty(true);
      setStatus({ kind: 'idle' });
    };

  const adopt = (settings: Settings) => {
    setSaved(settings);
    setDraft(toDraft(settings, partnerDefaults));
    setErrors({});
    setDirty(false);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const outcome = await onSave(fromDraft(draft));
    if (outcome.ok) {
      adopt(outcome.settings);
      setStatus({ kind: 'saved' });
    } else {
      setErrors(issuesByPath(outcome.issues));
      setStatus({ kind: 'failed' });
    }
  };

  const importFile = async (file: File) => {
    const outcome = await onImport(await file.text());
    if (outcome.ok) adopt(outcome.settings);
    setImportOutcome(outcome.ok ? { ok: true, fileName: file.name } : { ok: false, fileName: file.name, issues: outcome.issues });
  };

  return (
    <main class="options">
      <header class="options__header">
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsIntro')}</p>
      </header>
      <form onSubmit={save} noValidate>
        <PartnerSection partner={draft.partner} errors={errors} onChange={edit('partner')} />
        <TenantsSection kind="ownTenants" tenants={draft.ownTenants} errors={errors} onChange={edit('ownTenants')} />
        <TenantsSection kind="customers" tenants={draft.customers} errors={errors} onChange={edit('customers')} />
        <SwitchesSection switches={draft.switches} onChange={edit('switches')} />
        <SlaSection sla={draft.sla} errors={errors} onChange={edit('sla')} />
        <HoursSection hours={draft.businessHours} errors={errors} onChange={edit('businessHours')} />
        <div class="savebar">
          <button type="submit" class="button button--primary">
            {t('save')}
          </button>
          <p role="status" class={`savebar__status savebar__status--${status.kind}`} data-testid="save-status">
            {status.kind === 'saved' ? t('saved') : status.kind === 'failed' ? t('saveFailed') : dirty ? t('unsavedChanges') : ''}
          </p>
        </div>
      </form>
      <SovereignSection granted={sovereignGranted} onGrant={() => void changeSovereign(sovereign.grant, true)} onRevoke={() => void changeSovereign(sovereign.revoke, false)} />
      <ImportExportSection outcome={importOutcome} onImportFile={importFile} onExport={() => onExport(saved)} />
    </main>
  );
}
