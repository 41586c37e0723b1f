/**
 * Where the assistant runs. The content-script entrypoints and the background's sender check both
 * read these lists, so a host is added in one place.
 */
import type { Portal } from './portal';
import { parseUrl } from './url';

export const AZURE_MATCHES = [
  'https://portal.azure.com/*',
  'https://*.portal.azure.com/*',
  'https://entra.microsoft.com/*',
  'https://*.reactblade.portal.azure.net/*',
  'https://*.reactblade-ms.portal.azure.net/*',
  'https://*.reactblade-rc.portal.azure.net/*',
];

/** The assistant's script, which the background runs in a frame where the sentinel found a candidate form. */
export const ASSISTANT_SCRIPT = '/content-scripts/assistant.js';

/** Where M365's delegated-admin hop runs (`…/Partner/BeginClientSession.aspx?CTID=`); the legacy host is M365 only there. */
export const HOP_HOSTS = ['portal.office.com', 'admin.microsoft.com'] as const;
export const LEGACY_M365_HOST = HOP_HOSTS[0];
export const HOP_MATCHES = HOP_HOSTS.map((host) => `https://${host}/Partner/*`);

export const M365_MATCHES = ['https://admin.microsoft.com/*', 'https://admin.cloud.microsoft/*', `https://${LEGACY_M365_HOST}/Partner/*`];

export const PARTNER_CENTER_MATCHES = ['https://partner.microsoft.com/*'];
/**
 * Where the Partner Center script runs: the dashboard (customers, GDAP, support) and the commerce
 * customer pages, with or without a locale segment; not the marketing site on the same host.
 */
export const PARTNER_CENTER_SCRIPT_MATCHES = [
  'https://partner.microsoft.com/dashboard/*',
  'https://partner.microsoft.com/*/dashboard/*',
  'https://partner.microsoft.com/commerce/*',
  'https://partner.microsoft.com/*/commerce/*',
];

/** Sovereign clouds: optional host permissions the partner grants from the options page. */
export const SOVEREIGN_MATCHES = ['https://portal.azure.us/*', 'https://*.portal.azure.us/*', 'https://portal.microsoftazure.de/*'];

const PAGE_HOST_PATTERNS = [...AZURE_MATCHES, ...M365_MATCHES, ...PARTNER_CENTER_MATCHES, ...SOVEREIGN_MATCHES].map((pattern) => new URL(pattern.replace('*.', 'wildcard.')).hostname);

const PARTNER_CENTER_HOSTS = PARTNER_CENTER_MATCHES.map((pattern) => new URL(pattern).hostname);

/** Partner Center's host, where hand-offs start and service management pages live. */
export const PARTNER_CENTER_HOST = PARTNER_CENTER_HOSTS[0] as string;

/** Which portal a host name belongs to. */
export function portalOfHost(host: string): Portal | null {
  const name = host.toLowerCase();
  if (/(^|\.)portal\.azure\.(com|us)$/.test(name) || name === 'entra.microsoft.com' || name === 'portal.microsoftazure.de') return 'azure';
  if (/\.reactblade(-ms|-rc)?\.portal\.azure\.net$/.test(name)) return 'azure';
  if (name === 'admin.microsoft.com' || name === 'admin.cloud.microsoft' || name === LEGACY_M365_HOST) return 'm365';
  return null;
}

/** Which of our content scripts runs on a sender's page: Partner Center's, the portals', or none. */
export function contentScriptKindOf(url: string | undefined): 'partnerCenter' | 'portal' | null {
  if (!isPortalUrl(url)) return null;
  return PARTNER_CENTER_HOSTS.includes(new URL(url as string).hostname) ? 'partnerCenter' : 'portal';
}

/** True when a message sender's page URL is one of the portals the content scripts run on. */
export function isPortalUrl(url: string | undefined): boolean {
  const parsed = url ? parseUrl(url) : null;
  if (parsed?.protocol !== 'https:') return false;
  const host = parsed.hostname;
  return PAGE_HOST_PATTERNS.some((pattern) => (pattern.startsWith('wildcard.') ? host.endsWith(pattern.slice('wildcard'.length)) : host === pattern));
}
