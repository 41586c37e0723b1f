import type { Severity } from '../../lib/severity';
import type { SettingsDraft } from '../../lib/settings/draft';
import { t } from '../../lib/i18n';
import { useContext } from 'preact/hooks';
import { Checkbox, LockNote, LockedPaths, Section, TextField, useFieldBinding, type SectionProps } from './fields';

type Sla = SettingsDraft['sla'];

/** Response targets: the CSP defaults, editable for partners with a different agreement. */
export function SlaSection({ value: sla, errors, onChange }: SectionProps<Sla>) {
  const locked = useContext(LockedPaths);
  const bind = useFieldBinding('sla', 'sla', sla, errors, onChange);
  // `path` is the settings path when it is not `sla.<key>` (the targets sit under sla.targetMinutes).
  const number = (key: Severity | 'nonBreakFixBusinessDays' | 'leadTimeMinutes', label: string, path?: string) => <TextField label={label} type="number" {...bind(key, path)} />;
  const clockLocked = locked.has('sla.breakFixClock');
  return (
    <Section id="sla" title={t('sectionSla')} help={t('sectionSlaHelp')}>
      <div class="grid">
        {number('E', t('fieldTargetE'), 'sla.targetMinutes.E')}
        {number('A', t('fieldTargetA'), 'sla.targetMinutes.A')}
        {number('B', t('fieldTargetB'), 'sla.targetMinutes.B')}
        {number('C', t('fieldTargetC'), 'sla.targetMinutes.C')}
        {number('nonBreakFixBusinessDays', t('fieldNonBreakFixDays'))}
        {number('leadTimeMinutes', t('fieldLeadTime'))}
      </div>
      <fieldset class="choice" disabled={clockLocked || undefined} aria-describedby={clockLocked ? 'sla-clock-lock' : undefined}>
        <legend>{t('fieldBreakFixClock')}</legend>
        {(['24x7', 'businessHours'] as const).map((clock) => (
          <label key={clock} class="choice__option">
            <input type="radio" name="sla-clock" value={clock} checked={sla.breakFixClock === clock} onChange={() => onChange({ ...sla, breakFixClock: clock })} />
            {t(clock === '24x7' ? 'clock24x7' : 'clockBusinessHours')}
          </label>
        ))}
        {clockLocked ? <LockNote id="sla-clock-lock" /> : null}
      </fieldset>
      <Checkbox
        id="sla-local-language"
        label={t('fieldLocalLanguage')}
        checked={sla.localLanguageOnBusinessHours}
        locked={locked.has('sla.localLanguageOnBusinessHours')}
        onChange={(checked) => onChange({ ...sla, localLanguageOnBusinessHours: checked })}
      />
    </Section>
  );
}
