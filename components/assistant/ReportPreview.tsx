import { t } from '../../lib/i18n';

interface Props {
  /** The report as JSON text, already masked: shown as text, never as markup. */
  json: string;
  note: 'copied' | 'copyFailed' | null;
  onCopy: () => void;
  onDownload: () => void;
  onClose: () => void;
}

/** The page report, previewed before the partner copies or downloads it. */
export function ReportPreview({ json, note, onCopy, onDownload, onClose }: Props) {
  return (
    <section class="page-report" aria-label={t('reportTitle')}>
      <h3>{t('reportTitle')}</h3>
      <p>{t('reportIntro')}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so the keyboard can scroll it */}
      <pre class="page-report__json" tabIndex={0} data-testid="page-report">
        {json}
      </pre>
      {note ? <p role="status">{t(note === 'copied' ? 'reportCopied' : 'reportCopyFailed')}</p> : null}
      <div class="report__actions">
        <button type="button" class="button" onClick={onCopy}>
          {t('reportCopy')}
        </button>
        <button type="button" class="button button--quiet" onClick={onDownload}>
          {t('reportDownload')}
        </button>
        <button type="button" class="button button--quiet" onClick={onClose}>
          {t('reportClose')}
        </button>
      </div>
    </section>
  );
}
