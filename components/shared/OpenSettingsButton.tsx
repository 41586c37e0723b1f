import { t } from '../../lib/i18n';

/** "Open settings", wherever a surface sends the partner to the options page; `look` is that surface's button class. */
export function OpenSettingsButton({ look, onClick }: { look: string; onClick?: () => void }) {
  return (
    <button type="button" class={look} onClick={onClick}>
      {t('openSettings')}
    </button>
  );
}
