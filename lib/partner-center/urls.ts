import { isTenantId } from '../tenant/signal';
import { urlTenantSignals } from '../tenant/url-signals';
import type { Portal } from '../portal';
import { HOP_HOSTS, LEGACY_M365_HOST, PARTNER_CENTER_HOST, portalOfHost } from '../hosts';
import { parseUrl } from '../url';

/**
 * Partner Center URLs: which customer page the partner is on (to remember the intended customer before
 * the portal opens), and where a Service-management link leads. Shapes: docs/research/portal-facts.md §3 and §4.1.
 */

/** A Partner Center customers page. */
export interface PartnerCenterPage {
  /** The customer's tenant id (lower-case), null on list pages. */
  customerTenantId: string | null;
  /** The page after the tenant id (`servicemanagementpage`, `account`, `adminrelationships`) or the list page name. */
  page: string | null;
  /** The locale segment (`en-us`), null when absent. */
  locale: string | null;
  /** Which workspace: `v2`, `commerce2`, `v2/support`, `support/csp` or the legacy `commerce`. */
  dashboard: string;
}

/** Where a link leads. */
export interface PortalHandoff {
  target: Portal | 'other';
  tenantId: string | null;
  domain: string | null;
  /** M365 `CSDEST` (e.g. `o365admincenter`, `Support`), null otherwise. */
  destination: string | null;
}

const LOCALE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/**
 * Parse a Partner Center customers page, with or without a locale segment; null for other pages:
 * `/dashboard/v2/customers/…` (also `granularadminaccess`, `<id>/adminrelationships`), `/dashboard/commerce2/customers/…`,
 * the support area's `/dashboard/v2/support/customers/…` and older `/dashboard/support/csp/customers/…`, and the
 * legacy `/commerce/customers/<id>/…`.
 */
export function parsePartnerCenterUrl(url: string): PartnerCenterPage | null {
  const parsed = parseUrl(url);
  if (!parsed || parsed.hostname.toLowerCase() !== PARTNER_CENTER_HOST) return null;
  const segments = parsed.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.toLowerCase());
  const locale = segments[0] && segments[0] !== 'dashboard' && LOCALE.test(segments[0]) ? (segments.shift() ?? null) : null;
  const root = segments[0];
  const customersAt = segments.indexOf('customers');
  if ((root !== 'dashboard' && root !== 'commerce') || customersAt < 1 || customersAt > 3) return null;
  const target = segments[customersAt + 1];
  if (!target) return null;
  const dashboard = root === 'commerce' ? 'commerce' : segments.slice(1, customersAt).join('/') || 'v2';
  if (isTenantId(target)) return { customerTenantId: target, page: segments[customersAt + 2] ?? null, locale, dashboard };
  return { customerTenantId: null, page: target, locale, dashboard };
}

function hostKind(host: string, path: string): PortalHandoff['target'] {
  // The legacy host is M365 only on the delegated-admin hop.
  if (host === LEGACY_M365_HOST && !/^\/partner\//i.test(path)) return 'other';
  return portalOfHost(host) ?? 'other';
}

/**
 * Classify a link target (absolute, or relative to Partner Center) as the Azure portal, the M365 admin center
 * (`…/Partner/BeginClientSession.aspx?CTID=…&CSDEST=…`) or other, with the tenant id/domain it carries.
 */
export function portalHandoff(href: string, base = `https://${PARTNER_CENTER_HOST}/`): PortalHandoff {
  const none: PortalHandoff = { target: 'other', tenantId: null, domain: null, destination: null };
  const parsed = parseUrl(href, base);
  if (parsed?.protocol !== 'https:') return none;
  const target = hostKind(parsed.hostname.toLowerCase(), parsed.pathname);
  if (target === 'other') return none;
  const signals = urlTenantSignals(parsed.href);
  const destination = Array.from(parsed.searchParams).find(([name]) => name.toLowerCase() === 'csdest')?.[1] ?? null;
  return {
    target,
    tenantId: signals.find((signal) => signal.kind === 'tenantId')?.value ?? null,
    domain: signals.find((signal) => signal.kind === 'domain')?.value ?? null,
    destination: target === 'm365' ? destination : null,
  };
}

/**
 * Where the partner goes back to for a customer: its Service management page, in the dashboard and locale
 * the partner was using (`pageUrl`), or the v2 dashboard's; without a tenant id, the customer list.
 */
export function serviceManagementUrl(pageUrl: string, tenantId: string | null): string {
  const page = parsePartnerCenterUrl(pageUrl);
  const locale = page?.locale ? `/${page.locale}` : '';
  // Service management lives in the customers workspace of the v2 (or commerce2) dashboard.
  const dashboard = page?.dashboard === 'commerce2' ? 'commerce2' : 'v2';
  const customers = `https://${PARTNER_CENTER_HOST}${locale}/dashboard/${dashboard}/customers`;
  return tenantId ? `${customers}/${tenantId.toLowerCase()}/servicemanagementpage` : `${customers}/list`;
}

/** The tenant id of a `…/Partner/BeginClientSession.aspx?CTID=…` URL (M365's delegated-admin hop), else null. */
export function clientSessionTenant(url: string): string | null {
  const parsed = parseUrl(url);
  if (parsed?.protocol !== 'https:' || !/\/partner\/beginclientsession\.aspx$/i.test(parsed.pathname)) return null;
  if (!(HOP_HOSTS as readonly string[]).includes(parsed.hostname.toLowerCase())) return null;
  const ctid =
    Array.from(parsed.searchParams)
      .find(([name]) => name.toLowerCase() === 'ctid')?.[1]
      ?.trim()
      .toLowerCase() ?? '';
  return isTenantId(ctid) ? ctid : null;
}
