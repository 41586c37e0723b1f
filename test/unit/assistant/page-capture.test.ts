import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONFIRM_RETRIES, CONFIRM_RETRY_MS, createPageCapture, type PageCaptureDeps } from '../../../lib/assistant/page-capture';
import type { Portal } from '../../../lib/portal';
import { setSwallowedSink } from '../../../lib/swallowed';

const SUB = '11111111-1111-4111-8111-111111111111';
const ARM_NAME = '31af6335-161a8f0b-cc6d8512-9c76-4823-a1fb-0df68daa3d53';
const DETAILS_ROUTE = `https://portal.azure.com/#view/Microsoft_Azure_Support/SupportRequestDetails.ReactView/id/${encodeURIComponent(`/subscriptions/${SUB}/providers/Microsoft.Support/supportTickets/${ARM_NAME}`)}`;
const NEW_REQUEST_ROUTE = 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade';

type Sent = { name: string; data: unknown };

/** Capture in a frame at `url`; `send` records every message and answers as `answer` says. */
function capture({ url = NEW_REQUEST_ROUTE, isTop = true, portal = 'azure' as Portal | null, answer = async (): Promise<unknown> => null } = {}) {
  const sent: Sent[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const rescan = vi.fn();
  const deps: PageCaptureDeps = {
    document,
    url: () => url,
    isTop,
    portalHint: 'azure',
    session: { lastPortal: () => portal, seen: () => ({ severity: 'B - Moderate impact', summary: 'VM does not start', issueType: 'Technical' }) },
    partnerLanguage: () => 'es',
    send: ((name: string, data: unknown) => {
      sent.push({ name, data });
      return answer();
    }) as PageCaptureDeps['send'],
    rescan,
    later: (run, ms) => timers.push({ run, ms }),
  };
  return { capture: createPageCapture(deps), sent, timers, rescan };
}

const press = (selector: string, isTrusted = true) => ({ isTrusted, target: document.querySelector(selector) });
/** Lets a rejected send's handler run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});

afterEach(() => {
  setSwallowedSink(null);
  document.body.innerHTML = '';
});

describe('page capture: the partner presses Create', () => {
  it('reports what the form showed, for a trusted press on Create of a detected form (a press on its text counts)', () => {
    document.body.innerHTML = '<form><button type="button"><span>Create</span></button><button type="button">Previous</button></form>';
    const { capture: page, sent } = capture();
    page.onClick(press('button span'));
    expect(sent).toEqual([{ name: 'formSubmitted', data: expect.objectContaining({ portal: 'azure', severity: 'B', title: 'VM does not start', issueType: 'technical' }) }]);
    page.onClick(press('button:last-child'));
    expect(sent).toHaveLength(1);
  });

  it('ignores a script-made click, a press with no form detected, and a group of buttons', () => {
    document.body.innerHTML = '<button type="button">Submit</button><div role="button">Create <button>Create</button></div>';
    const { capture: page, sent } = capture();
    page.onClick(press('button', false));
    expect(sent).toEqual([]);
    const noForm = capture({ portal: null });
    noForm.capture.onClick(press('button'));
    expect(noForm.sent).toEqual([]);
    page.onClick(press('div[role="button"]'));
    expect(sent).toEqual([]);
  });

  it("Change in a request's Change severity pane reports the severity it shows, for the number on screen or in the route", () => {
    document.body.innerHTML =
      '<dl><dt>Support request number</dt><dd>2610010050001472</dd></dl><section role="dialog"><label for="s">Severity</label><select id="s"><option>C - Minimal impact</option><option selected>A - Critical impact</option></select><button type="button">Change</button></section>';
    const { capture: page, sent } = capture({ portal: null });
    page.onClick(press('section button'));
    expect(sent).toEqual([{ name: 'severityChanged', data: { number: '2610010050001472', severity: 'A' } }]);
    document.querySelector('dl')?.remove();
    const fromRoute = capture({ url: 'https://portal.azure.com/#view/Microsoft_Azure_Support/SupportRequestDetailBlade/srId/2602140010001234' });
    fromRoute.capture.onClick(press('section button'));
    expect(fromRoute.sent).toEqual([{ name: 'severityChanged', data: { number: '2602140010001234', severity: 'A' } }]);
    // An inner frame cannot read the top frame's route: no number, nothing to report.
    const inner = capture({ url: 'https://portal.azure.com/#view/Microsoft_Azure_Support/SupportRequestDetailBlade/srId/2602140010001234', isTop: false });
    inner.capture.onClick(press('section button'));
    expect(inner.sent).toEqual([]);
  });
});

describe("page capture: the portal's confirmation", () => {
  it('reports the details route once (top frame), with the subscription', () => {
    const { capture: page, sent } = capture({ url: DETAILS_ROUTE });
    page.lookForConfirmation();
    page.lookForConfirmation();
    expect(sent).toEqual([{ name: 'ticketConfirmed', data: { portal: 'azure', number: null, armName: ARM_NAME, subscriptionId: SUB } }]);
  });

  it('reports a request number on screen in any frame; nothing while the page shows none', () => {
    const { capture: page, sent } = capture({ isTop: false, url: 'https://portal.azure.com/ReactView/Index' });
    page.lookForConfirmation();
    expect(sent).toEqual([]);
    document.body.innerHTML = '<p>Support request number: 2610010050001472</p>';
    page.lookForConfirmation();
    expect(sent).toEqual([{ name: 'ticketConfirmed', data: { portal: 'azure', number: '2610010050001472', armName: null, subscriptionId: null } }]);
  });

  it('a notification counts only when it came after the submission', () => {
    document.body.innerHTML = '<div class="fxs-toast-item"><div>New Support Request</div><div>Support request has been created: request 2609190040001441</div></div>';
    const { capture: page, sent } = capture({ url: 'https://portal.azure.com/#home' });
    page.startAwaiting();
    page.lookForConfirmation();
    expect(sent).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', '<div class="fxs-toast-item"><div>New Support Request</div><div>Support request has been created: request 2610010050001472</div></div>');
    page.lookForConfirmation();
    expect(sent).toEqual([{ name: 'ticketConfirmed', data: expect.objectContaining({ number: '2610010050001472' }) }]);
  });

  it('when the background did not take it, looks again later, a bounded number of times', async () => {
    document.body.innerHTML = '<p>Support request number: 2610010050001472</p>';
    const { capture: page, sent, timers, rescan } = capture({ answer: async () => Promise.reject(new Error('Could not establish connection')) });
    for (let attempt = 0; attempt <= CONFIRM_RETRIES + 2; attempt++) {
      page.lookForConfirmation();
      await settle();
      timers.shift()?.run();
    }
    expect(sent).toHaveLength(CONFIRM_RETRIES + 3); // forgotten after each refusal, so each look sends again
    expect(rescan).toHaveBeenCalledTimes(CONFIRM_RETRIES);
    // Its retries spent, a refusal sets no timer: only a change on the page makes it look again.
    page.lookForConfirmation();
    await settle();
    expect(timers).toEqual([]);
  });

  it('waits CONFIRM_RETRY_MS before looking again, and the refusal goes to the debug log', async () => {
    const logged: string[] = [];
    setSwallowedSink((entry) => logged.push(`${entry.where}: ${entry.message}`));
    document.body.innerHTML = '<p>Support request number: 2610010050001472</p>';
    const { capture: page, timers } = capture({ answer: async () => Promise.reject(new Error('gone')) });
    page.lookForConfirmation();
    await settle();
    expect(timers.map((timer) => timer.ms)).toEqual([CONFIRM_RETRY_MS]);
    expect(logged).toEqual(['sending ticketConfirmed (retried on the next scan): Error: gone']);
  });
});
