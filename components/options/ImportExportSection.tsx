import { useState } from 'preact/hooks';
import type { FieldIssue } from '../../lib/issues';
import { t } from '../../lib/i18n';
import { IssueList } from '../shared/IssueList';
import { Section } from './fields';

export type ImportOutcome = { ok: true; fileName: string } | { ok: false; fileName: string; issues: FieldIssue[] };

interface Props {
  outcome: ImportOutcome | null;
  onImportFile: (file: File) => void;
  onExport: () => void;
}

/** Import (file picker or drop) and export of the public settings file. */
export function ImportExportSection({ outcome, onImportFile, onExport }: Props) {
  const [dragging, setDragging] = useState(false);
  const takeFirst = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onImportFile(file);
  };
  return (
    <Section id="import-export" title={t('sectionImportExport')}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; keyboard users take the file input inside it */}
      <div
        class={`dropzone${dragging ? ' dropzone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          takeFirst(event.dataTransfer?.files);
        }}
      >
        <label for="import-file">{t('importLabel')}</label>
        <input id="import-file" type="file" accept="application/json,.json" aria-describedby="import-help" onChange={(event) => takeFirst((event.currentTarget as HTMLInputElement).files)} />
        <p id="import-help" class="field__help">
          {t('importHelp')}
        </p>
      </div>
      {outcome ? <ImportReport outcome={outcome} /> : null}
      <button type="button" class="button" onClick={onExport}>
        {t('exportButton')}
      </button>
    </Section>
  );
}

function ImportReport({ outcome }: { outcome: ImportOutcome }) {
  if (outcome.ok) {
    return (
      <p role="status" class="notice notice--ok" data-testid="import-report">
        {t('imported', outcome.fileName)}
      </p>
    );
  }
  return (
    <div role="status" class="notice notice--error" data-testid="import-report">
      <p>{t('importFailed', outcome.fileName)}</p>
      <IssueList issues={outcome.issues} />
    </div>
  );
}
