import type { Switches } from '../../lib/settings/schema';
import { t } from '../../lib/i18n';
import { useContext } from 'preact/hooks';
import { Checkbox, LockedPaths, Section } from './fields';

interface Props {
  switches: Switches;
  onChange: (switches: Switches) => void;
}

/** What the in-page assistant may do on the support form. */
export function SwitchesSection({ switches, onChange }: Props) {
  const locked = useContext(LockedPaths);
  const toggle = (key: keyof Switches, label: string) => (
    <Checkbox id={`switch-${key}`} label={label} checked={switches[key]} locked={locked.has(`switches.${key}`)} onChange={(checked) => onChange({ ...switches, [key]: checked })} />
  );
  return (
    <Section id="switches" title={t('sectionSwitches')}>
      {toggle('showContextWarning', t('switchContextWarning'))}
      {toggle('prefillSupportPlan', t('switchPrefillPlan'))}
      {toggle('prefillContact', t('switchPrefillContact'))}
    </Section>
  );
}
