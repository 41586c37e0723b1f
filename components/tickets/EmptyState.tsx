import { t } from '../../lib/i18n';

/** Why the list is empty: no tickets yet (and how they get here), or none matching the filters. */
export function EmptyState({ filtered, onAdd }: { filtered: boolean; onAdd: () => void }) {
  if (filtered) {
    return (
      <div class="empty" data-testid="empty" tabIndex={-1}>
        <p>{t('emptyFiltered')}</p>
      </div>
    );
  }
  return (
    <div class="empty" data-testid="empty" tabIndex={-1}>
      <h2>{t('emptyTitle')}</h2>
      <p>{t('emptyHowAzure')}</p>
      <p>{t('emptyHowM365')}</p>
      <p>{t('emptyHowManual')}</p>
      <button type="button" class="btn btn--primary" onClick={onAdd}>
        {t('addTicket')}
      </button>
    </div>
  );
}
