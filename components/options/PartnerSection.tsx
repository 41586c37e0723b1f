import type { PartnerDraft } from '../../lib/settings/draft';
import { t, uiLanguage } from '../../lib/i18n';
import { errorAt, LockNote, LockedPaths, Section, TextField, useFieldBinding, type SectionProps } from './fields';
import { useContext, useMemo } from 'preact/hooks';
import { countryChoices, supportLanguageChoices, timeZoneChoices } from '../../lib/settings/choices';
import { ChoiceField } from './ChoiceField';
import { SelectField } from './SelectField';
import { CONTACT_METHODS } from '../../lib/portal';

/** The partner's own contact: what replaces the customer's details on the support form. */
export function PartnerSection({ value: partner, errors, onChange }: SectionProps<PartnerDraft>) {
  const locked = useContext(LockedPaths);
  const bind = useFieldBinding('partner', 'partner', partner, errors, onChange);
  const field = (key: Exclude<keyof PartnerDraft, 'preferredContactMethod'>, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField label={label} {...bind(key)} {...extra} />
  );
  const methodLocked = locked.has('partner.preferredContactMethod');
  const language = uiLanguage();
  const countries = useMemo(() => countryChoices(language), [language]);
  const zones = useMemo(() => timeZoneChoices(language, new Date(), [partner.timeZone, Intl.DateTimeFormat().resolvedOptions().timeZone]), [language, partner.timeZone]);
  const languages = useMemo(() => supportLanguageChoices(language, partner.supportLanguage), [language, partner.supportLanguage]);
  const choice = (key: 'country' | 'timeZone', label: string, choices: typeof countries, autoComplete?: string) => (
    <ChoiceField label={label} choices={choices} required help={t('helpSearchList')} autoComplete={autoComplete} {...bind(key)} />
  );
  return (
    <Section id="partner" title={t('sectionPartner')} help={t('sectionPartnerHelp')}>
      <div class="grid">
        {field('companyName', t('fieldCompanyName'), { required: true, autoComplete: 'organization' })}
        {field('firstName', t('fieldFirstName'), { required: true, autoComplete: 'given-name' })}
        {field('lastName', t('fieldLastName'), { required: true, autoComplete: 'family-name' })}
        {field('email', t('fieldEmail'), { required: true, type: 'email', autoComplete: 'email' })}
        {field('phone', t('fieldPhone'), { type: 'tel', autoComplete: 'tel', help: t('fieldPhoneHelp') })}
        {field('additionalEmails', t('fieldAdditionalEmails'), { multiline: true, help: t('helpOnePerLine') })}
        {choice('country', t('fieldCountry'), countries, 'off')}
        {choice('timeZone', t('fieldTimeZone'), zones)}
        <SelectField
          id="partner-supportLanguage"
          label={t('fieldSupportLanguage')}
          value={partner.supportLanguage}
          choices={languages}
          help={t('fieldSupportLanguageHelp')}
          error={errorAt(errors, 'partner.supportLanguage')}
          locked={locked.has('partner.supportLanguage')}
          onChange={(supportLanguage) => onChange({ ...partner, supportLanguage })}
        />
      </div>
      <fieldset class="choice" disabled={methodLocked || undefined} aria-describedby={methodLocked ? 'partner-method-lock' : undefined}>
        <legend>{t('fieldContactMethod')}</legend>
        {CONTACT_METHODS.map((method) => (
          <label key={method} class="choice__option">
            <input
              type="radio"
              name="partner-contact-method"
              value={method}
              checked={partner.preferredContactMethod === method}
              onChange={() => onChange({ ...partner, preferredContactMethod: method })}
            />
            {t(method === 'email' ? 'contactEmail' : 'contactPhone')}
          </label>
        ))}
        {methodLocked ? <LockNote id="partner-method-lock" /> : null}
      </fieldset>
    </Section>
  );
}
