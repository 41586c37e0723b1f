import { t } from '../../lib/i18n';

interface Props {
  openCount: number | null;
  trackerUrl: string;
  onAdd: () => void;
  onOpenSettings: () => void;
}

/** The popup's title bar: open count, add, and the ways to the full tracker and the settings. */
export function PopupHeader({ openCount, trackerUrl, onAdd, onOpenSettings }: Props) {
  return (
    <header class="bar">
      <div class="bar__title">
        <h1>{t('ticketsTitle')}</h1>
        {openCount !== null ? (
          <span class="bar__count" data-testid="open-count">
            {t('openCount', String(openCount))}
          </span>
        ) : null}
      </div>
      <div class="bar__actions">
        <button type="button" class="btn btn--primary" onClick={onAdd} data-action="add">
          {t('addTicket')}
        </button>
        <a class="btn btn--link" href={trackerUrl} target="_blank" rel="noopener" data-action="tracker">
          {t('openTracker')}
        </a>
        <button type="button" class="btn btn--link" onClick={onOpenSettings} data-action="settings">
          {t('settingsLink')}
        </button>
      </div>
    </header>
  );
}
