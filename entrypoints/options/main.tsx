import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { t, uiLanguage } from '../../lib/i18n';
import { downloadText } from '../../lib/download';
import { send } from '../../lib/messages/client';
import { emptyPartnerDraft } from '../../lib/settings/draft';
import { exportSettingsFile } from '../../lib/settings/file';
import type { Settings } from '../../lib/settings/schema';
import { dropSovereignAccess, hasSovereignAccess, requestSovereignAccess } from './sovereign';
import './style.css';

function downloadSettings(settings: Settings) {
  downloadText('csp-support-assistant-settings.json', 'application/json', exportSettingsFile(settings));
}

async function start(root: HTMLElement) {
  document.documentElement.lang = uiLanguage();
  document.title = t('optionsTitle');
  render(<p>{t('loading')}</p>, root);
  try {
    const [settings, sovereignGranted, setAside] = await Promise.all([
      send('getSettings', undefined, { retries: 3 }),
      hasSovereignAccess(),
      send('getSettingsSetAside', undefined, { retries: 3 }).catch(() => []),
    ]);
    const partnerDefaults = emptyPartnerDraft(navigator.language, Intl.DateTimeFormat().resolvedOptions().timeZone);
    render(
      <OptionsApp
        initial={settings}
        partnerDefaults={partnerDefaults}
        onSave={(input, base) => send('saveSettings', { settings: input, base })}
        onImport={(text) => send('importSettings', { text })}
        onExport={downloadSettings}
        setAside={setAside}
        onDiscardSetAside={(at) => send('discardSettingsSetAside', { at })}
        onDownloadSetAside={(entry) => downloadText(`csp-support-assistant-settings-set-aside-${entry.at}.json`, 'application/json', entry.text)}
        sovereign={{ granted: sovereignGranted, grant: requestSovereignAccess, revoke: dropSovereignAccess }}
      />,
      root,
    );
  } catch (error) {
    render(<p role="status">{t('loadFailed', error instanceof Error ? error.message : String(error))}</p>, root);
  }
}

const root = document.getElementById('app');
if (root) void start(root);
