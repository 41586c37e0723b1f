import { describe, expect, it, vi } from 'vitest';
import { createReportHandlers } from '../../../entrypoints/background/report-handlers';
import { checkedPageReport, MAX_PAGE_REPORT_CHARS } from '../../../lib/report/checked-report';
import { describeMissedPage } from '../../../lib/report/describe-page';
import type { SenderInfo } from '../../../lib/messages/router';

async function frameAnswer(): Promise<string> {
  document.body.innerHTML = '<main><h1>New support request</h1></main>';
  const answer = await describeMissedPage(
    { document, url: 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade', isTop: true, now: Date.UTC(2026, 11, 1) },
    'azure',
    null,
    false,
  );
  if (answer === undefined) throw new Error('the frame did not answer');
  return answer;
}

describe('checkedPageReport: what a frame answered, as the popup may show it', () => {
  it("a frame's own report passes unchanged", async () => {
    const answer = await frameAnswer();
    expect(checkedPageReport(answer)).toBe(answer);
  });

  it.each([
    ['not text', { format: 'x' }],
    ['not JSON', '{"format":'],
    ['JSON of another shape', JSON.stringify({ format: 'csp-support-assistant/page-report', version: 2 })],
    ['too long to be ours', `"${'x'.repeat(MAX_PAGE_REPORT_CHARS)}"`],
    ['nothing', undefined],
  ])('%s → null', (_, answer) => {
    expect(checkedPageReport(answer)).toBeNull();
  });

  it('a report with a field added by the page is refused', async () => {
    const report = JSON.parse(await frameAnswer()) as Record<string, unknown>;
    expect(checkedPageReport(JSON.stringify({ ...report, script: '<img src=x onerror=alert(1)>' }))).toBeNull();
  });
});

describe('getMissedPageReport (background)', () => {
  const fromPopup: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/popup.html' } as SenderInfo;

  it("asks the tab's frames and hands on a valid answer", async () => {
    const answer = await frameAnswer();
    const askTab = vi.fn().mockResolvedValue(answer);
    await expect(createReportHandlers({ askTab }).getMissedPageReport({ tabId: 7 }, fromPopup)).resolves.toBe(answer);
    expect(askTab).toHaveBeenCalledWith(7, { type: 'describePage' });
  });

  it('no frame listening (not a portal tab) or an invalid answer → null, never an error', async () => {
    await expect(
      createReportHandlers({ askTab: vi.fn().mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.')) }).getMissedPageReport({ tabId: 7 }, fromPopup),
    ).resolves.toBeNull();
    await expect(createReportHandlers({ askTab: vi.fn().mockResolvedValue('<b>not a report</b>') }).getMissedPageReport({ tabId: 7 }, fromPopup)).resolves.toBeNull();
  });
});
