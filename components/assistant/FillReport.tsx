import type { FieldKey } from '../../lib/form/terms';
import type { FillView } from '../../lib/assistant/panel-view';
import { t } from '../../lib/i18n';
import { OpenSettingsButton } from '../shared/OpenSettingsButton';

interface Props {
  fill: FillView;
  onUndo: () => void;
  onRefill: () => void;
  onOpenSettings: () => void;
}

const fieldName = (field: FieldKey) => t(`fieldName_${field}`);
const named = (field: FieldKey) => ({ field, text: fieldName(field) });

/** One titled list of the report; nothing when it is empty. */
function ReportList({ title, mark, testId, items }: { title: string; mark: string; testId: string; items: { field: string; text: string }[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3>
        {mark} {title}
      </h3>
      <ul data-testid={testId}>
        {items.map(({ field, text }) => (
          <li key={field} data-field={field}>
            {text}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Self-diagnosis: what was filled, what could not be found, what was left alone. */
export function FillReport({ fill, onUndo, onRefill, onOpenSettings }: Props) {
  const nothing = fill.filled.length === 0 && fill.missing.length === 0 && fill.kept.length === 0 && fill.withheld.length === 0 && !fill.noCspPlan;
  return (
    <div class="report">
      {fill.profileMissing ? (
        <p class="report__note">
          {t('fillNoProfile')} <OpenSettingsButton look="linkish" onClick={onOpenSettings} />
        </p>
      ) : null}
      {fill.undone ? <p role="status">{t('fillUndone')}</p> : null}
      {fill.noCspPlan ? (
        <p role="status" class="report__note report__note--warn">
          {t('fillNoCspPlan')}
        </p>
      ) : null}
      {nothing && !fill.undone ? <p>{t('fillNothing')}</p> : null}
      {fill.undone ? null : <ReportList title={t('fillFilledTitle')} mark="✓" testId="filled" items={fill.filled.map(({ field, value }) => ({ field, text: `${fieldName(field)}: ${value}` }))} />}
      <ReportList title={t('fillMissingTitle')} mark="✗" testId="missing" items={fill.missing.map(named)} />
      <ReportList title={t('fillWithheldTitle')} mark="⊘" testId="withheld" items={fill.withheld.map(named)} />
      <ReportList title={t('fillKeptTitle')} mark="✎" testId="kept" items={fill.kept.map(named)} />
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
