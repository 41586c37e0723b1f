import type { SettingsDraft } from '../../lib/settings/draft';
import { t, tCode, uiLanguage } from '../../lib/i18n';
import { useContext, useMemo } from 'preact/hooks';
import { timeZoneChoices } from '../../lib/settings/choices';
import { ChoiceField } from './ChoiceField';
import { errorAt, LockNote, LockedPaths, Section, TextField, useFieldBinding, type SectionProps } from './fields';

type Hours = SettingsDraft['businessHours'];

const ISO_DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The business-hours calendar used for non-break-fix and local-language tickets. */
export function HoursSection({ value: hours, errors, onChange }: SectionProps<Hours>) {
  const toggleDay = (day: number, on: boolean) => onChange({ ...hours, days: on ? [...hours.days, day].sort((a, b) => a - b) : hours.days.filter((d) => d !== day) });
  const daysError = errorAt(errors, 'businessHours.days');
  const locked = useContext(LockedPaths);
  const language = uiLanguage();
  const zones = useMemo(() => timeZoneChoices(language, new Date(), [hours.timeZone]), [language, hours.timeZone]);
  const daysLocked = locked.has('businessHours.days');
  const bind = useFieldBinding('businessHours', 'hours', hours, errors, onChange);
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
        <TextField label={t('fieldStart')} type="time" {...bind('start')} />
        <TextField label={t('fieldEnd')} type="time" {...bind('end')} />
        <ChoiceField label={t('fieldTimeZone')} choices={zones} help={t('helpSearchList')} {...bind('timeZone')} />
        <TextField label={t('fieldHolidays')} multiline help={t('helpOnePerLine')} {...bind('holidays')} />
      </div>
    </Section>
  );
}
