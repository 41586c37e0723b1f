import { beforeEach, describe, expect, it } from 'vitest';
import { findSupportRequestNumber } from '../../../lib/form/detect';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findSupportRequestNumber', () => {
  it.each([
    ['dt/dd', '<dl><dt>Support request number</dt><dd>2510030040007209</dd></dl>', '2510030040007209'],
    ['label and value in sibling divs', '<div><div class="label"><span>Support request ID</span></div><div class="value">2510060050004304</div></div>', '2510060050004304'],
    ['same element with a colon', '<p>Support request number: 2510030040007209</p>', '2510030040007209'],
    ['same element without a colon', '<span>Support request number 2510030040007209</span>', '2510030040007209'],
    ['Spanish, table row', '<table><tr><th>Número de solicitud de soporte</th><td>2510030040007209</td></tr></table>', '2510030040007209'],
    ['Spanish short label', '<div><label>Número de solicitud:</label> <span>116100514761395</span></div>', '116100514761395'],
    ['parent own text', '<div><strong>Service request ID</strong> 615112491169010</div>', '615112491169010'],
    ['aria-label on the value', '<span aria-label="Support request number">2510030040007209</span>', '2510030040007209'],
    ['Portuguese', '<div><span>Número da solicitação de suporte</span><span>2510030040007209</span></div>', '2510030040007209'],
  ])('finds it: %s', (_name, html, expected) => {
    document.body.innerHTML = html;
    expect(findSupportRequestNumber(document)).toBe(expected);
  });

  it.each([
    ['a bare 16-digit number', '<div>2510030040007209</div>'],
    ['a 16-digit number beside an unrelated label', '<dl><dt>Order number</dt><dd>2510030040007209</dd></dl>'],
    ['a label without a number', '<dl><dt>Support request number</dt><dd>Pending</dd></dl>'],
    ['a number too long', '<dl><dt>Support request number</dt><dd>25100300400072091</dd></dl>'],
    ['a number too short', '<dl><dt>Support request number</dt><dd>25100300400072</dd></dl>'],
    ['a number inside a long paragraph', `<div><span>Support request number</span><p>${'We will contact you soon about the order 2510030040007209 and other things. '.repeat(3)}</p></div>`],
    ['a hidden label', '<dl hidden><dt>Support request number</dt><dd>2510030040007209</dd></dl>'],
    ['our own UI', '<dl data-csp-assistant><dt>Support request number</dt><dd>2510030040007209</dd></dl>'],
  ])('returns null for %s', (_name, html) => {
    document.body.innerHTML = html;
    expect(findSupportRequestNumber(document)).toBeNull();
  });
});
