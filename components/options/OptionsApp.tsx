import { useMemo, useState } from 'preact/hooks';
import { fromDraft, toDraft, withManagedPartner, type PartnerDraft, type SettingsDraft } from '../../lib/settings/draft';
import { NO_LOCKS, type PolicyLocks } from '../../lib/settings/policy';
import { issuesByPath, type FieldIssue } from '../../lib/issues';
import type { SetAsideView } from '../../lib/messages/settings-messages';
import type { Settings } from '../../lib/settings/schema';
import { t, tCode } from '../../lib/i18n';
import { LockedPaths } from './fields';
import { HoursSection } from './HoursSection';
import { Onboarding, type OnboardingStep } from './Onboarding';
import { PolicyNotice } from './PolicyNotice';
import { ImportExportSection, type ImportOutcome } from './ImportExportSection';
import { PartnerSection } from './PartnerSection';
import { SetAsideNotice } from './SetAsideNotice';
import { SlaSection } from './SlaSection';
import { SovereignSection } from './SovereignSection';
import { DiagnosticsSection, type DiagnosticsProps } from './DiagnosticsSection';
import { SwitchesSection } from './SwitchesSection';
import { TenantsSection } from './TenantsSection';

export type SaveOutcome = { ok: true; settings: Settings; merged?: boolean } | { ok: false; issues: FieldIssue[]; conflict?: Settings };

interface Props {
  initial: Settings;
  /** Profile fields to start from when none is saved (browser language, time zone). */
  partnerDefaults: PartnerDraft;
  /** `base`: the settings this page last loaded or saved, so changes made elsewhere meanwhile are kept. */
  onSave: (input: Record<string, unknown>, base: Settings) => Promise<SaveOutcome>;
  onImport: (text: string) => Promise<SaveOutcome>;
  onExport: (settings: Settings) => void;
  /** Stored values that could not be read (kept aside), and forgetting one. */
  setAside?: readonly SetAsideView[];
  onDiscardSetAside?: (at: number) => Promise<boolean>;
  onDownloadSetAside?: (entry: SetAsideView) => void;
  /** Sovereign-cloud access: whether granted, and asking the browser to grant or drop it. */
  sovereign: { granted: boolean; grant: () => Promise<boolean>; revoke: () => Promise<boolean> };
  /** The debug log switch and its entries (left out, the section is not shown). */
  diagnostics?: DiagnosticsProps;
  /** What the organisation's policy sets: shown locked. */
  locks?: PolicyLocks;
}

type Status = { kind: 'idle' } | { kind: 'saved'; merged: boolean } | { kind: 'failed'; messageKey: string; conflict?: Settings };

const REQUIRED_PROFILE = ['companyName', 'firstName', 'lastName', 'email'] as const;

/** Nothing set yet, by the partner or by a policy: the first visit. */
function isFirstRun(settings: Settings, locks: PolicyLocks): boolean {
  return settings.partner === null && settings.ownTenants.length === 0 && locks.paths.length === 0;
}

/** The whole settings page: a draft edited in place, validated by the schema on save. */
export function OptionsApp({
  initial,
  partnerDefaults: browserDefaults,
  onSave,
  onImport,
  onExport,
  sovereign,
  diagnostics,
  setAside = [],
  onDiscardSetAside,
  onDownloadSetAside,
  locks = NO_LOCKS,
}: Props) {
  const partnerDefaults = useMemo(() => withManagedPartner(browserDefaults, locks.partner), [browserDefaults, locks]);
  const lockedPaths = useMemo(() => new Set(locks.paths), [locks]);
  const managedOwn = useMemo(() => new Set(locks.ownTenantIds), [locks]);
  const managedCustomers = useMemo(() => new Set(locks.customerIds), [locks]);
  const [asideEntries, setAsideEntries] = useState(setAside);
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(initial, partnerDefaults));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [importOutcome, setImportOutcome] = useState<ImportOutcome | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  // First run (no profile, no own tenant, nothing from a policy): a guide instead of the whole page.
  const [step, setStep] = useState<OnboardingStep | null>(() => (isFirstRun(initial, locks) ? 'profile' : null));
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

  /** Validates and saves the draft; false when it was refused (the errors and the save bar say why). */
  const saveDraft = async (): Promise<boolean> => {
    setBusy(true);
    const outcome = await onSave(fromDraft(draft, Object.keys(locks.partner)), saved).catch((): SaveOutcome => ({ ok: false, issues: [{ path: '', messageKey: 'errSaveFailed' }] }));
    setBusy(false);
    if (outcome.ok) {
      adopt(outcome.settings);
      setStatus({ kind: 'saved', merged: outcome.merged === true });
      return true;
    }
    setErrors(issuesByPath(outcome.issues));
    // A problem with no field (storage refused, changed elsewhere) is said in the save bar itself.
    const general = outcome.issues.find((issue) => issue.path === '');
    setStatus({ kind: 'failed', messageKey: general?.messageKey ?? 'saveFailed', conflict: outcome.conflict });
    return false;
  };
  const save = async (event: Event) => {
    event.preventDefault();
    await saveDraft();
  };
  const nextStep = async () => {
    if (step === null) return;
    // The guide's first step is the profile itself: an empty one is not "done" (the full page may save it empty).
    if (step === 'profile' && fromDraft(draft, Object.keys(locks.partner)).partner === null) {
      setErrors(Object.fromEntries(REQUIRED_PROFILE.filter((key) => !locks.paths.includes(`partner.${key}`)).map((key) => [`partner.${key}`, 'errRequired'])));
      setStatus({ kind: 'failed', messageKey: 'saveFailed' });
      return;
    }
    if (!(await saveDraft())) return;
    setStep(step === 'profile' ? 'tenants' : 'done');
  };

  const importText = async (text: string, fileName: string) => {
    const outcome = await onImport(text);
    if (outcome.ok) {
      adopt(outcome.settings);
      // A team's settings file holds everything the guide asks for: show it all, with the import report.
      setStep(null);
    }
    setImportOutcome(outcome.ok ? { ok: true, fileName } : { ok: false, fileName, issues: outcome.issues });
    return outcome.ok;
  };
  const importFile = async (file: File) => void (await importText(await file.text(), file.name));
  const discardAside = async (entry: SetAsideView) => {
    if (await onDiscardSetAside?.(entry.at)) setAsideEntries((entries) => entries.filter((other) => other.at !== entry.at));
  };
  // Restoring goes through the import: validated as a whole, with its problems named by field if it still fails.
  const restoreAside = async (entry: SetAsideView) => {
    if (await importText(entry.text, t('setAsideTitle'))) await discardAside(entry);
  };

  const statusLine = (
    <p role="status" class={`savebar__status savebar__status--${status.kind}`} data-testid="save-status">
      {status.kind === 'saved' ? t(status.merged ? 'savedMerged' : 'saved') : status.kind === 'failed' ? tCode(status.messageKey) : dirty ? t('unsavedChanges') : ''}
    </p>
  );

  const header = (
    <header class="options__header">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
    </header>
  );

  if (step !== null) {
    return (
      <main class="options">
        {header}
        <LockedPaths.Provider value={lockedPaths}>
          <Onboarding step={step} busy={busy} onNext={() => void nextStep()} onBack={() => setStep('profile')} onShowAll={() => setStep(null)}>
            {step === 'profile' ? <PartnerSection value={draft.partner} errors={errors} onChange={edit('partner')} /> : null}
            {step === 'tenants' ? <TenantsSection kind="ownTenants" tenants={draft.ownTenants} errors={errors} onChange={edit('ownTenants')} managedIds={managedOwn} /> : null}
          </Onboarding>
        </LockedPaths.Provider>
        {step !== 'done' ? statusLine : null}
        {step === 'profile' ? <ImportExportSection outcome={importOutcome} onImportFile={importFile} onExport={() => onExport(saved)} /> : null}
      </main>
    );
  }

  return (
    <main class="options">
      {header}
      <PolicyNotice locks={locks} />
      <SetAsideNotice entries={asideEntries} onRestore={(entry) => void restoreAside(entry)} onDownload={(entry) => onDownloadSetAside?.(entry)} onDiscard={(entry) => void discardAside(entry)} />
      <form onSubmit={save} noValidate>
        <LockedPaths.Provider value={lockedPaths}>
          <PartnerSection value={draft.partner} errors={errors} onChange={edit('partner')} />
          <TenantsSection kind="ownTenants" tenants={draft.ownTenants} errors={errors} onChange={edit('ownTenants')} managedIds={managedOwn} />
          <TenantsSection kind="customers" tenants={draft.customers} errors={errors} onChange={edit('customers')} managedIds={managedCustomers} />
          <SwitchesSection switches={draft.switches} onChange={edit('switches')} />
          <SlaSection value={draft.sla} errors={errors} onChange={edit('sla')} />
          <HoursSection value={draft.businessHours} errors={errors} onChange={edit('businessHours')} />
        </LockedPaths.Provider>
        <div class="savebar">
          <button type="submit" class="button button--primary">
            {t('save')}
          </button>
          {statusLine}
          {status.kind === 'failed' && status.conflict ? (
            <button
              type="button"
              class="button"
              onClick={() => {
                if (!status.conflict) return;
                adopt(status.conflict);
                setStatus({ kind: 'idle' });
              }}
            >
              {t('reloadSettings')}
            </button>
          ) : null}
        </div>
      </form>
      <SovereignSection granted={sovereignGranted} onGrant={() => void changeSovereign(sovereign.grant, true)} onRevoke={() => void changeSovereign(sovereign.revoke, false)} />
      <ImportExportSection outcome={importOutcome} onImportFile={importFile} onExport={() => onExport(saved)} />
      {diagnostics ? <DiagnosticsSection {...diagnostics} /> : null}
      <footer class="options__footer">
        <a href="privacy.html" target="_blank" rel="noopener">
          {t('privacyLink')}
        </a>
      </footer>
    </main>
  );
}
