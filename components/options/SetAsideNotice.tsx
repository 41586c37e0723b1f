import type { SetAsideView } from '../../lib/messages/settings-messages';
import { t, tCode } from '../../lib/i18n';
import { formatDateTime } from '../tickets/format';

interface Props {
  entries: readonly SetAsideView[];
  onRestore: (entry: SetAsideView) => void;
  onDownload: (entry: SetAsideView) => void;
  onDiscard: (entry: SetAsideView) => void;
}

/** Stored settings that could not be read: what was lost, by field, and restore, download or discard. */
export function SetAsideNotice({ entries, onRestore, onDownload, onDiscard }: Props) {
  if (entries.length === 0) return null;
  return (
    <section class="notice notice--warn set-aside" aria-labelledby="set-aside-title" data-testid="set-aside">
      <h2 id="set-aside-title">{t('setAsideTitle')}</h2>
      {entries.map((entry) => (
        <div key={entry.at} class="set-aside__entry">
          <p>{t('setAsideIntro', formatDateTime(entry.at))}</p>
          <ul>
            {entry.problems.slice(0, 20).map((problem) => (
              <li key={`${problem.path}:${problem.messageKey}`}>
                <code>{problem.path || t('wholeFile')}</code>: {tCode(problem.messageKey)}
              </li>
            ))}
          </ul>
          <div class="set-aside__actions">
            <button type="button" class="button" onClick={() => onRestore(entry)}>
              {t('setAsideRestore')}
            </button>
            <button type="button" class="button" onClick={() => onDownload(entry)}>
              {t('setAsideDownload')}
            </button>
            <button type="button" class="button" onClick={() => onDiscard(entry)}>
              {t('setAsideDiscard')}
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
