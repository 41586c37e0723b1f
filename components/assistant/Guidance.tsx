import type { SlaPolicy } from '../../lib/settings/schema';
import { t } from '../../lib/i18n';

interface Props {
  targetMinutes: SlaPolicy['targetMinutes'];
}

function duration(minutes: number): string {
  return minutes % 60 === 0 ? t('hours', String(minutes / 60)) : t('minutes', String(minutes));
}

/** The procedure's guidance at the point of use: severities, response targets, no phone support. */
export function Guidance({ targetMinutes }: Props) {
  return (
    <details class="guide">
      <summary>{t('guideTitle')}</summary>
      <ul>
        <li>{t('guideA', duration(targetMinutes.A))}</li>
        <li>{t('guideB', duration(targetMinutes.B))}</li>
        <li>{t('guideC', duration(targetMinutes.C))}</li>
        <li>{t('guideOther')}</li>
        <li>{t('guideEnglish')}</li>
        <li>{t('guideNoPhone')}</li>
        <li>{t('guideYourContact')}</li>
      </ul>
    </details>
  );
}
