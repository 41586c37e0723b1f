import { describe, expect, it } from 'vitest';
import { announcedNumbers } from '../../../lib/form/announced-number';
import { numberFitsSubmission, numberIssueDay } from '../../../lib/form/support-number';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('announcedNumbers', () => {
  it.each([
    [
      'Azure toast, title and description in separate elements',
      '<div class="fxs-toast-container"><div class="fxs-toast fxs-toast-item fxs-popup"><div>New Support Request</div><div class="fxs-toast-description">Support request has been created: request 2610010050001472</div></div></div>',
      ['2610010050001472'],
    ],
    [
      'Spanish toast',
      '<div class="fxs-toast-item"><div>Nueva solicitud de soporte técnico</div><div>Se ha creado la solicitud de soporte técnico: solicitud 2609190040001441</div></div>',
      ['2609190040001441'],
    ],
    [
      'the bell keeps it',
      '<section class="fxs-notification-panel"><ul><li class="fxs-notification-item"><strong>New Support Request</strong><div>Request 2609190040001441</div></li></ul></section>',
      ['2609190040001441'],
    ],
    ['a live region that announces it', '<div role="status">Support request created. Request 2611230040001234.</div>', ['2611230040001234']],
    ['a toast about something else', '<div class="fxs-toast-item"><div>Deployment succeeded</div><div>Deployment 2611230040001234 finished</div></div>', []],
    ['a long live region is no notification', `<div aria-live="polite">New support request ${'x'.repeat(500)} 2611230040001234</div>`, []],
    ['our own panel', '<div data-csp-assistant><div role="status">New support request 2611230040001234</div></div>', []],
  ])('%s', (_name, html, expected) => {
    expect(announcedNumbers(page(html))).toEqual(expected);
  });
});

describe('request numbers carry their day', () => {
  const OCT_1_2026 = Date.UTC(2026, 9, 1, 17, 35);

  it('reads YYMMDD from a 16-digit number', () => {
    expect(numberIssueDay('2610010050001472')).toBe(Date.UTC(2026, 9, 1));
    expect(numberIssueDay('2602310050001472')).toBeNull(); // 31 February
    expect(numberIssueDay('261001005000147')).toBeNull(); // 15 digits: no date shape
  });

  it.each([
    ['same day', '2610010050001472', true],
    ['the next day (Microsoft dates in its own zone)', '2610020050001472', true],
    ['last week: an older request on screen', '2609240050001472', false],
    ['next year', '2710010050001472', false],
    ['15 digits cannot be checked', '261001005000147', true],
    ['16 digits that are no date cannot be checked', '9999990050001472', true],
  ])('%s', (_name, number, fits) => {
    expect(numberFitsSubmission(number, OCT_1_2026)).toBe(fits);
  });
});
