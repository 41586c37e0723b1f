import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { MissedPageReport } from '../../../components/tickets/MissedPageReport';
import { describeMissedPage } from '../../../lib/report/describe-page';
import { m365ContactPane } from '../form/pages';
import { englishRenderRoot } from '../support/dom';

const page = (html: string, url: string) => {
  document.body.innerHTML = html;
  return { document, url, isTop: true, now: Date.UTC(2026, 11, 1) };
};

describe("a frame's answer to the popup's Report this page", () => {
  it('a support route without a form answers with its masked report', async () => {
    const answer = await describeMissedPage(page('<main><h1>New support request</h1></main>', 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade'), 'azure', null, false);
    const report = JSON.parse(answer ?? '{}') as { frame?: { top: boolean; url: string } };
    expect(report.frame?.top).toBe(true);
    expect(report.frame?.url).toContain('portal.azure.com');
  });

  it('says nothing where a form was found, or where nothing looks like support', () => {
    expect(describeMissedPage(page(m365ContactPane('en'), 'https://admin.microsoft.com/#/support'), 'm365', null, true)).toBeUndefined();
    expect(describeMissedPage(page('<main><h1>Home</h1></main>', 'https://portal.azure.com/#home'), 'azure', null, false)).toBeUndefined();
  });
});

describe('MissedPageReport (popup)', () => {
  const rootOf = englishRenderRoot();

  it('offers the report, previews it as text, copies and downloads it, and closes', async () => {
    const root = rootOf();
    const json = '{"frame":{"url":"<b>x</b>"}}';
    const onCopy = vi.fn(async () => false);
    const onDownload = vi.fn();
    render(<MissedPageReport json={json} onCopy={onCopy} onDownload={onDownload} />, root);
    const button = (text: string) => [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === text);
    await act(() => button('Report this page')?.click());
    expect(root.querySelector('[data-testid=page-report]')?.textContent).toBe(json);
    expect(root.querySelector('[data-testid=page-report] b')).toBeNull();
    await act(async () => button('Copy')?.click());
    expect(onCopy).toHaveBeenCalledWith(json);
    expect(root.querySelector('[role=status]')?.textContent).toContain('Copying is not allowed here');
    await act(() => button('Download')?.click());
    expect(onDownload).toHaveBeenCalledWith(json);
    await act(() => button('Close the report')?.click());
    expect(root.querySelector('[data-testid=page-report]')).toBeNull();
  });
});
