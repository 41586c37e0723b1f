import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { t, uiLanguage } from '../../lib/i18n';
import { downloadText } from '../../lib/download';
import { send } from '../../lib/messages/client';
import { emptyPartnerDraft } from '../../lib/settings/draft';
import { exportSettingsFile } from '../../lib/settings/file';
import type { SetAsideView } from '../../lib/messages/settings-messages';
import type { PolicyLocks } from '../../lib/settings/policy';
import type { Settings } from '../../lib/settings/schema';
import { watchManagedStorage } from '../../lib/storage/items';
import { dropSovereignAccess, hasSovereignAccess, requestSovereignAccess } from './sovereign';
import './style.css';

function downloadSettings(settings: Settings) {
  downloadText('csp-support-assistant-settings.json', 'application/json', exportSettingsFile(settings));
}

/** The newest drawing asked for: an older one that answers later must not cover it. */
let latest = 0;

async function draw(root: HTMLElement, revision: number) {
  latest = revision;
  let loaded: [Settings, boolean, SetAsideView[], PolicyLocks];
  try {
    loaded = await Promise.all([
      send('getSettings', undefined, { retries: 3 }),
      hasSovereignAccess(),
      send('getSettingsSetAside', undefined, { retries: 3 }).catch(() => []),
      send('getSettingsPolicy', undefined, { retries: 3 }),
    ]);
  } catch (error) {
    if (revision === latest) render(<p role="status">{t('loadFailed', error instanceof Error ? error.message : String(error))}</p>, root);
    return;
  }
  if (revision !== latest) return;
  const [settings, sovereignGranted, setAside, locks] = loaded;
  const partnerDefaults = emptyPartnerDraft(navigator.language, Intl.DateTimeFormat().resolvedOptions().timeZone);
  render(
    <OptionsApp
      key={revision}
      initial={settings}
      locks={locks}
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
}

async function start(root: HTMLElement) {
  document.documentElement.lang = uiLanguage();
  document.title = t('optionsTitle');
  render(<p>{t('loading')}</p>, root);
  let revision = 0;
  // Chrome delivers a policy some time after start-up, and an admin may change it while this page is
  // open: the page is drawn again from the settings then in effect.
  watchManagedStorage(() => void draw(root, ++revision));
  await draw(root, revision);
}

const root = document.getElementById('app');
if (root) void start(root);
