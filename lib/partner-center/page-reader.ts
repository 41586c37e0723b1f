import { textOf, visibleElements } from '../form/dom';
import { cleanPageText } from '../page-text';
import { normalizeText } from '../form/text';
import { classifyTenantRef, isTenantId } from '../tenant/signal';
import { labelledValues } from './labelled';
import { partnerRoleFrom, RELATIONSHIP_LABELS, type PartnerRole } from './role';
import { parsePartnerCenterUrl, type PortalHandoff } from './urls';
import { GUID_SOURCE } from '../ids';

/**
 * What a Partner Center page says about customers: the one the page is about (tenant id from the URL or
 * the "Microsoft ID" field, name from the account fields, breadcrumb or heading, the partner's role), and
 * every customer it links to (the customer list). Markup is not documented, so each fact has fallbacks
 * and every value is checked for shape. Plain DOM code, no zod: it runs in the content script.
 */

/** The customer a page is about, as far as the page shows it. */
export interface PageCustomer {
  tenantId: string | null;
  name: string | null;
  domain: string | null;
  role: PartnerRole | null;
}

/** A customer seen on a page, complete enough to remember (name and tenant id). */
export interface SeenCustomer {
  name: string;
  tenantId: string;
  domains: string[];
}

/** Who the partner means when following a link out of this page. */
export interface IntentCustomer {
  name?: string;
  tenantId?: string;
  domain?: string;
}

export const MICROSOFT_ID_LABELS = [
  'Microsoft ID',
  'Id. de Microsoft',
  'Id de Microsoft',
  'Identificador de Microsoft',
  'Tenant ID',
  'Id. de inquilino',
  'Id de inquilino',
  'Directory ID',
  'Id. de directorio',
];
export const COMPANY_NAME_LABELS = [
  'Company name',
  'Customer name',
  'Organization name',
  'Organisation name',
  'Nombre de la empresa',
  'Nombre de empresa',
  'Nombre del cliente',
  'Nombre de la organización',
];
export const DOMAIN_LABELS = ['Primary domain name', 'Primary domain', 'Domain name', 'Domain', 'Nombre de dominio principal', 'Dominio principal', 'Nombre de dominio', 'Dominio'];
/** The customer picker of "Service requests → New request" (no tenant in that page's URL). */
export const CUSTOMER_PICKER_LABELS = ['Customer', 'Cliente'];

// Page and section names that sit where a customer's name would (headings, breadcrumbs, customer menu links).
const GENERIC_NAMES = new Set(
  [
    'Partner Center',
    'Centro de partners',
    'Home',
    'Inicio',
    'Dashboard',
    'Panel',
    'Customers',
    'Clientes',
    'Customer',
    'Cliente',
    'Account',
    'Cuenta',
    'Service management',
    'Administración de servicios',
    'Administer services',
    'Administrar servicios',
    'Subscriptions',
    'Suscripciones',
    'Users and licenses',
    'Usuarios y licencias',
    'Admin relationships',
    'Relaciones de administrador',
    'Service requests',
    'Solicitudes de servicio',
    'Overview',
    'Información general',
    'Billing',
    'Facturación',
    'Usage',
    'Uso',
    'Settings',
    'Configuración',
    'Licenses',
    'Licencias',
    'Orders',
    'Pedidos',
    'Support',
    'Soporte técnico',
    'Help',
    'Ayuda',
    'Details',
    'Detalles',
    'Manage',
    'Administrar',
    'View',
    'Ver',
    'Loading',
    'Cargando',
    'Select row',
    'Seleccionar fila',
    'Manage in CSP',
    'Administrar en CSP',
    'Granular administration',
    'Administración granular',
    'Customer requests',
    'Solicitudes de clientes',
  ].map(normalizeText),
);

const BREADCRUMB = [
  'nav[aria-label*="breadcrumb" i]',
  '[role="navigation"][aria-label*="breadcrumb" i]',
  'ol[aria-label*="breadcrumb" i]',
  'nav[aria-label*="ruta de navegaci" i]',
  '[class*="breadcrumb" i]',
].join(', ');

const MAX_NAME = 120;

/** A customer's display name as shown, or null for page chrome ("Service management"), ids, domains or loading text. */
export function customerName(raw: string | null | undefined): string | null {
  const name = cleanPageText(raw, MAX_NAME + 1);
  if (!name || name.length > MAX_NAME || !/\p{L}/u.test(name)) return null;
  if (GENERIC_NAMES.has(normalizeText(name)) || classifyTenantRef(name) || /^(?:loading|cargando)\b/i.test(name)) return null;
  return name;
}

function contentRoot(doc: Document): Element {
  return doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement;
}

function firstValid<T>(values: readonly string[], check: (value: string) => T | null): T | null {
  for (const value of values) {
    const valid = check(value);
    if (valid !== null) return valid;
  }
  return null;
}

const asTenantId = (value: string) => (isTenantId(value.trim()) ? value.trim().toLowerCase() : null);
const asDomain = (value: string) => {
  const ref = classifyTenantRef(value);
  return ref?.kind === 'domain' ? ref.value : null;
};

/** The last crumb of the page's breadcrumb (the current customer on a customer page). */
function breadcrumbTail(doc: Document): string | null {
  const trail = doc.querySelector(BREADCRUMB);
  if (!trail) return null;
  const crumbs = visibleElements(trail)
    .filter((element) => element.childElementCount === 0)
    .map((element) => cleanPageText(element.textContent))
    .filter((text) => text && !/^[›>/»|·\\-]+$/.test(text));
  return crumbs.at(-1) ?? null;
}

/** The customer the page is about (customer pages), or what little a non-customer page shows. */
export function readCustomerPage(doc: Document, url: string): PageCustomer {
  const root = contentRoot(doc);
  const tenantId = parsePartnerCenterUrl(url)?.customerTenantId ?? firstValid(labelledValues(root, MICROSOFT_ID_LABELS), asTenantId);
  const domain = firstValid(labelledValues(root, DOMAIN_LABELS), asDomain);
  const role = partnerRoleFrom(labelledValues(root, RELATIONSHIP_LABELS), [textOf(root, { max: 20_000 })]);
  if (!tenantId) {
    // "Service requests → New request": the customer is whoever the picker shows.
    return { tenantId: null, name: firstValid(labelledValues(root, CUSTOMER_PICKER_LABELS), customerName), domain, role };
  }
  // Headings may sit in web components' open shadow roots.
  const headings = visibleElements(root)
    .filter((element) => element.tagName === 'H1')
    .map((heading) => heading.textContent ?? '');
  const name = firstValid(labelledValues(root, COMPANY_NAME_LABELS), customerName) ?? customerName(breadcrumbTail(doc)) ?? firstValid(headings, customerName);
  return { tenantId, name, domain, role };
}

const ROW_ID = new RegExp(`^row-(${GUID_SOURCE})$`, 'i');

function domainsIn(row: Element | null): string[] {
  if (!row) return [];
  const cells = visibleElements(row).filter((cell) => cell.childElementCount === 0);
  return [...new Set(cells.map((cell) => asDomain(cell.textContent ?? '')).filter((d): d is string => d !== null))].slice(0, 5);
}

/** A GDAP grid row (`tr#row-<tenantId>`, the name in `#cell-displayName-<id>`, often a link-style button without href). */
function gridRowCustomer(row: Element): SeenCustomer | null {
  const tenantId = ROW_ID.exec(row.id)?.[1]?.toLowerCase();
  if (!tenantId) return null; // skeleton rows (`row-he-row-0`, `row-1`) carry no tenant
  const cell = Array.from(row.querySelectorAll('[id]')).find((element) => element.id.toLowerCase() === `cell-displayname-${tenantId}`);
  const name = customerName(cell ? textOf(cell, { max: MAX_NAME + 1 }) : null);
  return name ? { name, tenantId, domains: domainsIn(row) } : null;
}

/**
 * Every customer a customers page shows with a tenant id and a name (list links, GDAP grid rows), plus the
 * page's own. Web components' open shadow roots are read too. Other Partner Center pages teach nothing.
 */
export function readSeenCustomers(doc: Document, url: string): SeenCustomer[] {
  if (!parsePartnerCenterUrl(url)) return [];
  const seen = new Map<string, SeenCustomer>();
  const current = readCustomerPage(doc, url);
  if (current.tenantId && current.name) seen.set(current.tenantId, { name: current.name, tenantId: current.tenantId, domains: current.domain ? [current.domain] : [] });
  for (const element of visibleElements(contentRoot(doc))) {
    const fromRow = element.id ? gridRowCustomer(element) : null;
    if (fromRow && !seen.has(fromRow.tenantId) && fromRow.tenantId !== current.tenantId) {
      seen.set(fromRow.tenantId, fromRow);
      continue;
    }
    if (element.tagName !== 'A' || !element.hasAttribute('href')) continue;
    let href: string;
    try {
      href = new URL(element.getAttribute('href') ?? '', url).href;
    } catch {
      continue;
    }
    const tenantId = parsePartnerCenterUrl(href)?.customerTenantId;
    // The page's own customer menu ("Account", "Usage"…) links to the same tenant: its words are not names.
    if (!tenantId || seen.has(tenantId) || tenantId === current.tenantId) continue;
    const name = customerName(textOf(element, { max: MAX_NAME + 1 }));
    if (!name) continue;
    seen.set(tenantId, { name, tenantId, domains: domainsIn(element.closest('tr, [role="row"], li, [role="listitem"]')) });
  }
  return [...seen.values()];
}

/**
 * The customer a hand-off is for. The page's customer is the partner's choice, so it wins over what the
 * link carries (a link into another tenant is then caught as a mismatch); without one, the link's tenant.
 */
export function intentCustomer(page: PageCustomer, handoff: PortalHandoff): IntentCustomer | null {
  const pick = (customer: { name?: string | null; tenantId?: string | null; domain?: string | null }): IntentCustomer => ({
    ...(customer.name && { name: customer.name }),
    ...(customer.tenantId && { tenantId: customer.tenantId }),
    ...(customer.domain && { domain: customer.domain }),
  });
  if (page.tenantId) return pick(page);
  if (!handoff.tenantId && !handoff.domain) return null;
  return pick({ name: page.name, tenantId: handoff.tenantId, domain: handoff.domain ?? page.domain });
}
