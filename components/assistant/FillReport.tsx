import { t } from '../../lib/i18n';

export interface FillView {
  filled: { field: string; value: string }[];
  /** Expected on this step but not found on the page: the partner fills them by hand. */
  missing: string[];
  /** Fields the partner had already edited: never overwritten. */
  kept: string[];
  undone: boolean;
  profileMissing: boolean;
}

interface Props {
  fill: FillView;
  onUndo: () => void;
  onRefill: () => void;
  onOpenSettings: () => void;
}

const fieldName = (field: string) => t(`fieldName_${field}`);

/** Self-diagnosis: what was filled, what could not be found, what was left alone. */
export function FillReport({ fill, onUndo, onRefill, onOpenSettings }: Props) {
  const nothing = fill.filled.length === 0 && fill.missing.length === 0 && fill.kept.length === 0;
  return (
    <div class="report">
      {fill.profileMissing ? (
        <p class="report__note">
          {t('fillNoProfile')}{' '}
          <button type="button" class="linkish" onClick={onOpenSettings}>
            {t('openSettings')}
          </button>
        </p>
      ) : null}
      {fill.undone ? <p role="status">{t('fillUndone')}</p> : null}
      {nothing && !fill.undone ? <p>{t('fillNothing')}</p> : null}
      {fill.filled.length > 0 && !fill.undone ? (
        <section aria-label={t('fillFilledTitle')}>
          <h3>✓ {t('fillFilledTitle')}</h3>
          <ul data-testid="filled">
            {fill.filled.map(({ field, value }) => (
              <li key={field} data-field={field}>
                <span class="report__field">{fieldName(field)}</span>: {value}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {fill.missing.length > 0 ? (
        <section aria-label={t('fillMissingTitle')}>
          <h3>✗ {t('fillMissingTitle')}</h3>
          <ul data-testid="missing">
            {fill.missing.map((field) => (
              <li key={field} data-field={field}>
                {fieldName(field)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {fill.kept.length > 0 ? (
        <section aria-label={t('fillKeptTitle')}>
          <h3>✎ {t('fillKeptTitle')}</h3>
          <ul data-testid="kept">
            {fill.kept.map((field) => (
              <li key={field}>{fieldName(field)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <div class="report__actions">
        {fill.filled.length > 0 && !fill.undone ? (
          <button type="button" class="button" onClick={onUndo}>
            {t('fillUndo')}
          </button>
        ) : null}
        <button type="button" class="button button--quiet" onClick={onRefill}>
          {t('fillAgain')}
        </button>
      </div>
    </div>
  );
}
