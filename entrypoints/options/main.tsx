import { OptionsApp } from '../../components/options/OptionsApp';
import { t } from '../../lib/i18n';
import { browser } from 'wxt/browser';
import { copyText } from '../../lib/clipboard';
import { downloadText } from '../../lib/download';
import { send } from '../../lib/messages/client';
import { swallowed } from '../../lib/swallowed';
import { type Draw, startPage } from '../../lib/page-start';
import { emptyPartnerDraft } from '../../lib/settings/draft';
import { exportSettingsFile } from '../../lib/settings/file';
import type { DebugLogView } from '../../lib/messages/debug-messages';
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

async function drawOptions(draw: Draw, revision: number) {
  latest = revision;
  let loaded: [Settings, boolean, SetAsideView[], PolicyLocks, DebugLogView];
  try {
    loaded = await Promise.all([
      send('getSettings', undefined, { retries: 3 }),
      hasSovereignAccess(),
      send('getSettingsSetAside', undefined, { retries: 3 }).catch((error: unknown) => {
        // The page opens without the set-aside notice.
        swallowed('reading set-aside settings')(error);
        return [];
      }),
      send('getSettingsPolicy', undefined, { retries: 3 }),
      send('getDebugLog', undefined, { retries: 3 }),
    ]);
  } catch (error) {
    if (revision === latest) draw(<p role="status">{t('loadFailed', error instanceof Error ? error.message : String(error))}</p>);
    return;
  }
  if (revision !== latest) return;
  const [settings, sovereignGranted, setAside, locks, debugLog] = loaded;
  const partnerDefaults = emptyPartnerDraft(navigator.language, Intl.DateTimeFormat().resolvedOptions().timeZone);
  draw(
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
      diagnostics={{
        initial: debugLog,
        version: browser.runtime.getManifest().version,
        onSetEnabled: (enabled) => send('setDebugLog', { enabled }),
        onRefresh: () => send('getDebugLog', undefined),
        onClear: () => send('clearDebugLog', undefined),
        onCopy: copyText,
      }}
    />,
  );
}

async function show(draw: Draw) {
  let revision = 0;
  // Chrome delivers a policy some time after start-up, and an admin may change it while this page is
  // open: the page is drawn again from the settings then in effect.
  watchManagedStorage(() => void drawOptions(draw, ++revision));
  await drawOptions(draw, revision);
}

void startPage(t('optionsTitle'), show, (reason) => t('loadFailed', reason));
