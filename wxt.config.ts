import { defineConfig } from 'wxt';
import { CHROMIUM_PUBLIC_KEY, FIREFOX_EXTENSION_ID } from './lib/extension-id';
import { dropPluginLoaderFromScriptlessPages } from './scripts/vite/plugin-loader';
import { AZURE_MATCHES, M365_MATCHES, SOVEREIGN_MATCHES } from './lib/hosts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Both browsers preload modules themselves (no polyfill chunk); see the plugin for the popup's one file.
  vite: () => ({ build: { modulePreload: { polyfill: false } }, plugins: [dropPluginLoaderFromScriptlessPages()] }),
  webExt: { disabled: true },
  // npm run zip: the Chrome, Edge and Firefox packages and the sources Mozilla asks for.
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['demo-output/**', 'bench/results/**', 'test/fixtures/dist/**', '.test-results/**', '.tools/**'],
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    short_name: 'CSP Assistant',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // URL.canParse (background) and the MV3 APIs used here (storage.session, scripting) are all there by 120.
    // key pins the id a policy names for unpacked and self-hosted installs; the store packages (npm run
    // zip, mode "store") leave it out, since a store gives its listing its own id. managed_schema says
    // what an organisation may set for every seat (Firefox reads policies.json without a schema).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '120', ...(mode === 'store' ? {} : { key: CHROMIUM_PUBLIC_KEY }), storage: { managed_schema: 'managed_schema.json' } }),
    // scripting: the background runs the assistant only in the frame where the sentinel found a support form.
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    // The same hosts the portal content script runs on (no new install warning): executeScript needs them.
    host_permissions: [...AZURE_MATCHES, ...M365_MATCHES],
    optional_host_permissions: SOVEREIGN_MATCHES,
    action: { default_title: '__MSG_actionTitle__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_EXTENSION_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
