import { useRef, useState } from 'preact/hooks';
import type { ImportTicketsResult } from '../../lib/messages/ticket-messages';
import { t } from '../../lib/i18n';
import { IssueList } from '../shared/IssueList';

interface Props {
  onExport: (format: 'json' | 'csv') => Promise<void>;
  /** Imports the file the partner picked (the background reads it). */
  onImport: (file: File) => Promise<ImportTicketsResult>;
}

type Outcome = { fileName: string; result: ImportTicketsResult } | { fileName: string; failure: string };

/** Export the log as CSV (spreadsheets) or JSON (re-importable), and import a JSON export. */
export function TicketTransfer({ onExport, onImport }: Props) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      setOutcome({ fileName: file.name, result: await onImport(file) });
    } catch (error) {
      setOutcome({ fileName: file.name, failure: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transferTitle')}</h2>
      <div class="transfer__row">
        <button type="button" class="btn" onClick={() => void onExport('csv')} data-action="export-csv">
          {t('exportCsv')}
        </button>
        <button type="button" class="btn" onClick={() => void onExport('json')} data-action="export-json">
          {t('exportJson')}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={() => fileInput.current?.click()} data-action="import-json">
          {t('importJson')}
        </button>
        <input
          ref={fileInput}
          id="import-file"
          hidden
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <p class="hint">{t('importTicketsHelp')}</p>
      {outcome ? <ImportOutcome outcome={outcome} /> : null}
    </section>
  );
}

function ImportOutcome({ outcome }: { outcome: Outcome }) {
  if ('failure' in outcome) {
    return (
      <div class="notice notice--error" role="status" data-testid="import-result">
        <p>{t('importTicketsFailed', [outcome.fileName])}</p>
        <p>{outcome.failure}</p>
      </div>
    );
  }
  const { result } = outcome;
  if (result.ok) {
    const { added, updated, unchanged, conflicts, deletionsIgnored } = result.summary;
    return (
      <p class="notice notice--ok" role="status" data-testid="import-result">
        {t('importTicketsDone', [outcome.fileName, String(added), String(updated), String(unchanged), String(conflicts), String(deletionsIgnored)])}
      </p>
    );
  }
  return (
    <div class="notice notice--error" role="status" data-testid="import-result">
      <p>{t('importTicketsFailed', [outcome.fileName])}</p>
      <IssueList issues={result.issues} />
    </div>
  );
}
