import { browser } from 'wxt/browser';
import { SOVEREIGN_MATCHES } from '../../lib/hosts';

const SCRIPT_ID = 'portal-sovereign-clouds';

/**
 * Runs the portal content script (the sentinel, which loads the assistant where a form shows) on the sovereign-cloud portals once the partner granted them (an
 * optional host permission), and stops when the grant is withdrawn. Registration is idempotent.
 */
export async function syncSovereignContentScript(): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  const granted = await browser.permissions.contains({ origins: SOVEREIGN_MATCHES });
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
  if (granted && !registered) {
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, matches: SOVEREIGN_MATCHES, js: ['content-scripts/portal.js'], allFrames: true, runAt: 'document_idle' }]);
  } else if (!granted && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
}

export function startSovereignClouds(): void {
  const sync = () => void syncSovereignContentScript().catch((error: unknown) => console.warn('Sovereign-cloud script not synced', error));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}
