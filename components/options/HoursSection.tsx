import type { SettingsDraft } from '../../lib/settings/draft';
import { t, tCode, uiLanguage } from '../../lib/i18n';
import { useContext, useMemo } from 'preact/hooks';
import { timeZoneChoices } from '../../lib/settings/choices';
import { ChoiceField } from './ChoiceField';
import { errorAt, LockNote, LockedPaths, Section, TextField } from './fields';

type Hours = SettingsDraft['businessHours'];

interface Props {
  hours: Hours;
  errors: Record<string, string>;
  onChange: (hours: Hours) => void;
}

const ISO_DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The business-hours calendar used for non-break-fix and local-language tickets. */
export function HoursSection({ hours, errors, onChange }: Props) {
  const toggleDay = (day: number, on: boolean) => onChange({ ...hours, days: on ? [...hours.days, day].sort((a, b) => a - b) : hours.days.filter((d) => d !== day) });
  const daysError = errorAt(errors, 'businessHours.days');
  const locked = useContext(LockedPaths);
  const language = uiLanguage();
  const zones = useMemo(() => timeZoneChoices(language, new Date(), [hours.timeZone]), [language, hours.timeZone]);
  const daysLocked = locked.has('businessHours.days');
  const daysDescribedBy = [daysLocked ? 'hours-days-lock' : '', daysError ? 'hours-days-error' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <Section id="hours" title={t('sectionHours')}>
      <fieldset class="choice" disabled={daysLocked || undefined} aria-describedby={daysDescribedBy}>
        <legend>{t('fieldDays')}</legend>
        {ISO_DAYS.map((day) => (
          <label key={day} class="choice__option">
            <input type="checkbox" checked={hours.days.includes(day)} onChange={(event) => toggleDay(day, (event.currentTarget as HTMLInputElement).checked)} />
            {t(`day${day}`)}
          </label>
        ))}
        {daysLocked ? <LockNote id="hours-days-lock" /> : null}
        {daysError ? (
          <p class="field__error" id="hours-days-error">
            {tCode(daysError)}
          </p>
        ) : null}
      </fieldset>
      <div class="grid">
        <TextField
          id="hours-start"
          label={t('fieldStart')}
          type="time"
          value={hours.start}
          error={errorAt(errors, 'businessHours.start')}
          locked={locked.has('businessHours.start')}
          onInput={(start) => onChange({ ...hours, start })}
        />
        <TextField
          id="hours-end"
          label={t('fieldEnd')}
          type="time"
          value={hours.end}
          error={errorAt(errors, 'businessHours.end')}
          locked={locked.has('businessHours.end')}
          onInput={(end) => onChange({ ...hours, end })}
        />
        <ChoiceField
          id="hours-timeZone"
          label={t('fieldTimeZone')}
          value={hours.timeZone}
          choices={zones}
          help={t('helpSearchList')}
          error={errorAt(errors, 'businessHours.timeZone')}
          locked={locked.has('businessHours.timeZone')}
          onInput={(timeZone) => onChange({ ...hours, timeZone })}
        />
        <TextField
          id="hours-holidays"
          label={t('fieldHolidays')}
          multiline
          help={t('helpOnePerLine')}
          value={hours.holidays}
          error={errorAt(errors, 'businessHours.holidays')}
          locked={locked.has('businessHours.holidays')}
          onInput={(holidays) => onChange({ ...hours, holidays })}
        />
      </div>
    </Section>
  );
}
