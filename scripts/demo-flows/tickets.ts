import type { ExtensionBrowser } from '../../test/e2e/harness/browser.ts';
import { shoot, type DemoContext } from './shots.ts';

const MINUTE = 60_000;
const contoso = { name: 'Contoso Ltd', tenantId: '22222222-2222-4222-8222-222222222222', domain: 'contoso.onmicrosoft.com' };
const northwind = { name: 'Northwind Traders', tenantId: '33333333-3333-4333-8333-333333333333', domain: 'northwind.onmicrosoft.com' };

/** Requests in every state: on track, at risk, breached, answered in time, closed. */
function demoTickets(now: number) {
  const base = { portal: 'azure', breakFix: true, issueType: 'technical', supportLanguage: 'en-US', contactMethod: 'email' } as const;
  return [
    { ticket: { ...base, number: '2611230040001201', severity: 'A', customer: contoso, title: 'Production SQL VM unreachable', createdAt: now - 20 * MINUTE } },
    { ticket: { ...base, number: '2611230040001202', severity: 'B', customer: northwind, title: 'App Service slot swap fails', createdAt: now - 230 * MINUTE } },
    { ticket: { ...base, number: '2611230040001203', severity: 'A', customer: contoso, title: 'AKS nodes NotReady', createdAt: now - 135 * MINUTE } },
    { ticket: { ...base, number: null, portal: 'm365', severity: 'C', customer: northwind, title: 'Mailbox migration stuck', createdAt: now - 60 * MINUTE } },
    { ticket: { ...base, number: '2611230040001205', severity: 'B', customer: contoso, title: 'Backup vault alerts', createdAt: now - 90 * MINUTE }, action: 'firstResponse' },
  ];
}

/** Seeds tickets through the background and photographs the toolbar popup. */
export async function popup(eb: ExtensionBrowser, ctx: DemoContext): Promise<void> {
  const page = await eb.extensionPage('popup.html');
  await page.evaluate(async (items) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: { view: { ticket: { id: string } } } }> } } }).chrome.runtime;
    for (const item of items) {
      const reply = await runtime.sendMessage({ name: 'addTicket', data: item.ticket });
      if (reply.ok && item.action) await runtime.sendMessage({ name: 'updateTicket', data: { id: reply.value.view.ticket.id, action: item.action } });
    }
  }, demoTickets(Date.now()));
  await page.setViewport({ width: 440, height: 760 });
  await page.reload();
  await page.waitForFunction(() => (document.body.textContent ?? '').includes('AKS nodes NotReady'), { timeout: 15_000 });
  await shoot(ctx, page, 'popup-tickets');
  await page.close();
}
