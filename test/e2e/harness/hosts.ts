/**
 * Which look-alike site answers for which real host name. Chromium resolves every host here to the
 * local HTTPS server (`--host-resolver-rules`), so the extension sees the portals' real origins.
 */
export interface HostRoute {
  /** Host name, or a `*.` wildcard for the React blade sandboxes. */
  host: string;
  /** Folder under test/fixtures/sites/ that serves this host. */
  site: string;
}

export const HOST_ROUTES: readonly HostRoute[] = [
  { host: 'portal.azure.com', site: 'azure' },
  { host: 'ms.portal.azure.com', site: 'azure' },
  { host: 'entra.microsoft.com', site: 'azure' },
  { host: '*.reactblade.portal.azure.net', site: 'reactblade' },
  { host: '*.reactblade-ms.portal.azure.net', site: 'reactblade' },
  { host: 'admin.microsoft.com', site: 'm365' },
  { host: 'admin.cloud.microsoft', site: 'm365' },
  { host: 'portal.office.com', site: 'office-portal' },
  { host: 'partner.microsoft.com', site: 'partner-center' },
  // A page on no portal at all, for "the assistant stays silent" checks.
  { host: 'www.example.org', site: 'plain' },
  // The assistant's panel in each state, outside any portal, for the accessibility check.
  { host: 'panel-gallery.example.org', site: 'panel-gallery' },
];

/** The site folder for a Host header, or null when the host is not a look-alike. */
export function siteForHost(hostHeader: string): string | null {
  const host = hostHeader.replace(/:\d+$/, '').toLowerCase();
  for (const route of HOST_ROUTES) {
    if (route.host.startsWith('*.') ? host.endsWith(route.host.slice(1)) : host === route.host) return route.site;
  }
  return null;
}

/** Chromium's --host-resolver-rules value that sends every look-alike host to the local server. */
export function hostResolverRules(port: number): string {
  return HOST_ROUTES.map((route) => `MAP ${route.host} 127.0.0.1:${port}`).join(', ');
}
