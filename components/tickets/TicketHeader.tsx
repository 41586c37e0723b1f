import { t } from '../../lib/i18n';

interface Props {
  title: string;
  openCount: number | null;
  onAdd: () => void;
  onOpenSettings: () => void;
  /** The popup links to the full tracker; the tracker itself leaves this out. */
  trackerUrl?: string;
}

/** The title bar of the popup and of the tracker: open count, add, and the ways to the tracker and the settings. */
export function TicketHeader({ title, openCount, onAdd, onOpenSettings, trackerUrl }: Props) {
  return (
    <header class="bar">
      <div class="bar__title">
        <h1>{title}</h1>
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
        {trackerUrl !== undefined ? (
          <a class="btn btn--link" href={trackerUrl} target="_blank" rel="noopener" data-action="tracker">
            {t('openTracker')}
          </a>
        ) : null}
        <button type="button" class="btn btn--link" onClick={onOpenSettings} data-action="settings">
          {t('settingsLink')}
        </button>
      </div>
    </header>
  );
}
