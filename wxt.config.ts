import { defineConfig } from 'wxt';

/** Hosts of the public clouds the assistant reads; sovereign clouds are optional grants (see options page). */
export const SOVEREIGN_HOSTS = ['https://portal.azure.us/*', 'https://*.portal.azure.us/*', 'https://portal.microsoftazure.de/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'CSP Assistant',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    optional_host_permissions: SOVEREIGN_HOSTS,
    action: { default_title: '__MSG_actionTitle__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'csp-support-assistant@cspsupport.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
