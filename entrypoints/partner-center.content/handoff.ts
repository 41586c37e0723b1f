import { textOf } from '../../lib/form/dom';
import { send } from '../../lib/messages/client';
import { buttonPortal, isFollowingClick, linkNavigation, type Navigation } from '../../lib/partner-center/click';
import { intentCustomer, readCustomerPage } from '../../lib/partner-center/page-reader';
import { portalHandoff, serviceManagementUrl, type PortalHandoff } from '../../lib/partner-center/urls';
import { swallowed } from '../../lib/swallowed';

const LINK = 'a[href], area[href]';
const BUTTON = 'button, [role="button"], [role="menuitem"], [role="link"]';

/** The clicked link or button: the first on the event's path (which also crosses open shadow roots). */
function clicked(event: Event): { link: HTMLAnchorElement | HTMLAreaElement | null; button: Element | null } {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    if (node.matches(LINK)) return { link: node as HTMLAnchorElement | HTMLAreaElement, button: null };
    if (node.matches(BUTTON)) return { link: null, button: node };
  }
  return { link: null, button: null };
}

/**
 * On the click that leaves Partner Center for the Azure portal or the M365 admin center, tells the
 * background which customer the partner picked, before the browser navigates. Never prevents or delays
 * the click. A link is judged by its URL; a button (no URL to read) by its caption, and only on a page
 * that names the customer.
 */
export function onPortalClick(event: MouseEvent): void {
  if (!event.isTrusted || !isFollowingClick(event)) return;
  const { link, button } = clicked(event);
  let handoff: PortalHandoff;
  let href: string;
  let navigation: Navigation;
  if (link) {
    href = link.href;
    handoff = portalHandoff(href, location.href);
    navigation = linkNavigation(event, link.getAttribute('target') ?? '');
  } else if (button) {
    const target = buttonPortal(button.getAttribute('aria-label') || textOf(button, { max: 200 }));
    if (!target) return;
    href = '';
    handoff = { target, tenantId: null, domain: null, destination: null };
    navigation = 'unknown';
  } else {
    return;
  }
  if (handoff.target === 'other') return;
  const page = readCustomerPage(document, location.href);
  if (button && !page.tenantId) return;
  const customer = intentCustomer(page, handoff);
  if (!customer) return;
  void send('intendCustomer', {
    customer,
    role: page.role,
    target: handoff.target,
    href,
    partnerCenterUrl: serviceManagementUrl(location.href, customer.tenantId ?? null),
    navigation,
  }).catch(swallowed('telling the background the intended customer'));
}
