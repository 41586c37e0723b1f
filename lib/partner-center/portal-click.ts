import { textOf } from '../form/dom';
import type { RequestOf } from '../messages/map';
import { buttonPortal, isFollowingClick, linkNavigation, type ClickFacts, type Navigation } from './click';
import { intentCustomer, readCustomerPage } from './page-reader';
import { portalHandoff, serviceManagementUrl, type PortalHandoff } from './urls';

const LINK = 'a[href], area[href]';
const BUTTON = 'button, [role="button"], [role="menuitem"], [role="link"]';

/** What the Partner Center script reads of a click: the mouse facts, whether the user made it, and its path. */
export interface PortalClick extends ClickFacts {
  isTrusted: boolean;
  /** The event's path, target first (it also crosses open shadow roots). */
  composedPath(): EventTarget[];
}

/** The clicked link or button: the first on the event's path. */
function clicked(path: readonly EventTarget[]): { link: HTMLAnchorElement | HTMLAreaElement | null; button: Element | null } {
  for (const node of path) {
    if (!(node instanceof Element)) continue;
    if (node.matches(LINK)) return { link: node as HTMLAnchorElement | HTMLAreaElement, button: null };
    if (node.matches(BUTTON)) return { link: null, button: node };
  }
  return { link: null, button: null };
}

/**
 * The customer the partner picked, for a click that leaves Partner Center (at `pageUrl`) for the Azure
 * portal or the M365 admin center; null for any other click. A link is judged by its URL; a button (no
 * URL to read) by its caption, and only on a page that names the customer's tenant.
 */
export function portalClickIntent(click: PortalClick, doc: Document, pageUrl: string): RequestOf<'intendCustomer'> | null {
  if (!click.isTrusted || !isFollowingClick(click)) return null;
  const { link, button } = clicked(click.composedPath());
  let handoff: PortalHandoff;
  let href: string;
  let navigation: Navigation;
  if (link) {
    href = link.href;
    handoff = portalHandoff(href, pageUrl);
    navigation = linkNavigation(click, link.getAttribute('target') ?? '');
  } else if (button) {
    const target = buttonPortal(button.getAttribute('aria-label') || textOf(button, { max: 200 }));
    if (!target) return null;
    href = '';
    handoff = { target, tenantId: null, domain: null, destination: null };
    navigation = 'unknown';
  } else {
    return null;
  }
  if (handoff.target === 'other') return null;
  const page = readCustomerPage(doc, pageUrl);
  if (button && !page.tenantId) return null;
  const customer = intentCustomer(page, handoff);
  if (!customer) return null;
  return { customer, role: page.role, target: handoff.target, href, partnerCenterUrl: serviceManagementUrl(pageUrl, customer.tenantId ?? null), navigation };
}
