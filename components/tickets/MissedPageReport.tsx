import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { ReportPreview } from '../assistant/ReportPreview';

interface Props {
  /** The masked page report of the active tab, as JSON text. */
  json: string;
  /** Copies the text; false when the clipboard refused. */
  onCopy: (json: string) => Promise<boolean>;
  onDownload: (json: string) => void;
}

/** In the popup, on a portal page that looks like support where the assistant showed nothing. */
export function MissedPageReport({ json, onCopy, onDownload }: Props) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<'copied' | 'copyFailed' | null>(null);
  if (!open) {
    return (
      <section class="missed-page" aria-label={t('reportThisPage')}>
        <p>{t('missedPageNote')}</p>
        <button type="button" class="button button--quiet" onClick={() => setOpen(true)}>
          {t('reportThisPage')}
        </button>
      </section>
    );
  }
  return (
    <ReportPreview
      json={json}
      note={note}
      onCopy={() => void onCopy(json).then((copied) => setNote(copied ? 'copied' : 'copyFailed'))}
      onDownload={() => onDownload(json)}
      onClose={() => {
        setOpen(false);
        setNote(null);
      }}
    />
  );
}
