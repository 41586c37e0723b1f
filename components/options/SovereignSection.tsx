import { t } from '../../lib/i18n';
import { Section } from './fields';

interface Props {
  /** null while the browser is being asked. */
  granted: boolean | null;
  onGrant: () => void;
  onRevoke: () => void;
}

/** Azure Government and Microsoft Cloud Germany: not requested up front, granted here on demand. */
export function SovereignSection({ granted, onGrant, onRevoke }: Props) {
  return (
    <Section id="sovereign" title={t('sectionSovereign')} help={t('sectionSovereignHelp')}>
      <p role="status" data-testid="sovereign-status">
        {granted ? `✓ ${t('sovereignGranted')}` : t('sovereignNotGranted')}
      </p>
      <button type="button" class="button" onClick={granted ? onRevoke : onGrant}>
        {t(granted ? 'sovereignRevoke' : 'sovereignGrant')}
      </button>
    </Section>
  );
}
