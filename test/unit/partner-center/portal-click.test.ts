import { afterEach, describe, expect, it } from 'vitest';
import { portalClickIntent, type PortalClick } from '../../../lib/partner-center/portal-click';

const CONTOSO = '22222222-2222-4222-8222-222222222222';
const PC = 'https://partner.microsoft.com';
const SERVICE_MANAGEMENT = `${PC}/dashboard/v2/customers/${CONTOSO}/servicemanagementpage`;
const CUSTOMERS_LIST = `${PC}/dashboard/v2/customers/list`;

/** A click as the Partner Center script reads it; a left click by the user unless told otherwise. */
function click(target: Element, facts: Partial<Omit<PortalClick, 'composedPath'>> = {}, path?: EventTarget[]): PortalClick {
  const ancestors: EventTarget[] = [];
  for (let node: Element | null = target; node; node = node.parentElement) ancestors.push(node);
  return { type: 'click', button: 0, ctrlKey: false, metaKey: false, shiftKey: false, isTrusted: true, composedPath: () => path ?? [...ancestors, document, window], ...facts };
}

function customerPage(main: string): void {
  document.body.innerHTML = `<main><h1>Contoso Ltd</h1>${main}</main>`;
}

const first = (selector: string) => document.querySelector(selector) as Element;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('portalClickIntent: the customer a click into a portal is for', () => {
  it("a link into the Azure portal on a customer's Service management page: that customer, the link, same tab", () => {
    customerPage('<a href="https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade"><span>Azure portal</span></a>');
    expect(portalClickIntent(click(first('a span')), document, SERVICE_MANAGEMENT)).toEqual({
      customer: { name: 'Contoso Ltd', tenantId: CONTOSO },
      role: null,
      target: 'azure',
      href: 'https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade',
      partnerCenterUrl: SERVICE_MANAGEMENT,
      navigation: 'sameTab',
    });
  });

  it('tells the tab the link opens in: a target, Ctrl-click, the middle button and the context menu open another', () => {
    customerPage('<a href="https://admin.microsoft.com/Adminportal" target="_blank">Microsoft 365 admin center</a><a href="https://portal.azure.com/">Azure</a>');
    expect(portalClickIntent(click(first('a[target]')), document, SERVICE_MANAGEMENT)?.navigation).toBe('newTab');
    const azure = first('a:not([target])');
    expect(portalClickIntent(click(azure, { ctrlKey: true }), document, SERVICE_MANAGEMENT)?.navigation).toBe('newTab');
    expect(portalClickIntent(click(azure, { type: 'auxclick', button: 1 }), document, SERVICE_MANAGEMENT)?.navigation).toBe('newTab');
    expect(portalClickIntent(click(azure, { type: 'contextmenu', button: 2 }), document, SERVICE_MANAGEMENT)?.navigation).toBe('newTab');
  });

  it('ignores clicks a script made, a right click that is not the menu, and links that stay out of the portals', () => {
    customerPage('<a href="https://portal.azure.com/">Azure</a><a href="https://learn.microsoft.com/partner-center/">Docs</a><span id="text">Just text</span>');
    const azure = first('a[href*="azure"]');
    expect(portalClickIntent(click(azure, { isTrusted: false }), document, SERVICE_MANAGEMENT)).toBeNull();
    expect(portalClickIntent(click(azure, { button: 2 }), document, SERVICE_MANAGEMENT)).toBeNull();
    expect(portalClickIntent(click(first('a[href*="learn"]')), document, SERVICE_MANAGEMENT)).toBeNull();
    expect(portalClickIntent(click(first('#text')), document, SERVICE_MANAGEMENT)).toBeNull();
  });

  it('a button has no URL: its caption names the portal, and only a page that names the tenant is believed', () => {
    customerPage(
      '<button type="button">Microsoft Azure management portal</button><button type="button" aria-label="Open Microsoft 365 admin center">M365</button><button type="button">Refresh</button>',
    );
    expect(portalClickIntent(click(first('button')), document, SERVICE_MANAGEMENT)).toMatchObject({ customer: { tenantId: CONTOSO }, target: 'azure', href: '', navigation: 'unknown' });
    expect(portalClickIntent(click(first('[aria-label]')), document, SERVICE_MANAGEMENT)?.target).toBe('m365');
    expect(portalClickIntent(click(first('button:last-child')), document, SERVICE_MANAGEMENT)).toBeNull();
    // The customers list names no customer of its own: a caption alone says nothing about whom.
    expect(portalClickIntent(click(first('button')), document, CUSTOMERS_LIST)).toBeNull();
  });

  it("without a customer page, the link's own tenant is the customer, and Service management is the list", () => {
    document.body.innerHTML = '<main><a href="https://portal.azure.com/#@contoso.onmicrosoft.com/blade/x">Contoso Ltd</a><a href="https://portal.azure.com/#home">Home</a></main>';
    expect(portalClickIntent(click(first('a')), document, CUSTOMERS_LIST)).toMatchObject({ customer: { domain: 'contoso.onmicrosoft.com' }, partnerCenterUrl: CUSTOMERS_LIST });
    expect(portalClickIntent(click(first('a:last-child')), document, CUSTOMERS_LIST)).toBeNull();
  });

  it("reads the path the event crossed, so a link inside a web component's shadow root is found", () => {
    customerPage('<pc-portal-link></pc-portal-link>');
    const host = first('pc-portal-link');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<a href="https://portal.azure.com/"><b>Azure</b></a>';
    const inner = root.querySelector('b') as Element;
    const path = [inner, inner.parentElement as Element, root, host, ...click(host).composedPath().slice(1)];
    expect(portalClickIntent(click(inner, {}, path), document, SERVICE_MANAGEMENT)).toMatchObject({ target: 'azure', customer: { tenantId: CONTOSO } });
  });
});
