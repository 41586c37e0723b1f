import { describe, expect, it } from 'vitest';
import { detectForm } from '../../../lib/form/detect';
import { isDescribePageRequest, looksLikeMissedSupportPage } from '../../../lib/report/missed-page';

function detect(html: string) {
  document.body.innerHTML = html;
  return detectForm(document);
}

describe('looksLikeMissedSupportPage', () => {
  it('a support route with no form looks missed; the same page on another route does not', () => {
    const detection = detect('<h1>How can we help you?</h1><button>Create a support request</button>');
    expect(looksLikeMissedSupportPage(detection, 'supportHome')).toBe(true);
    expect(looksLikeMissedSupportPage(detection, 'newRequest')).toBe(true);
    expect(looksLikeMissedSupportPage(detection, 'other')).toBe(false);
    expect(looksLikeMissedSupportPage(detection, null)).toBe(false);
  });

  it('support-form labels without a detected form look missed (a frame has no route)', () => {
    expect(looksLikeMissedSupportPage(detect('<label for="s">Severity</label><select id="s"></select>'), null)).toBe(true);
    expect(looksLikeMissedSupportPage(detect('<label for="a">Email</label><input id="a"><label for="b">Phone</label><input id="b">'), null)).toBe(true);
    expect(looksLikeMissedSupportPage(detect('<label for="a">Email</label><input id="a">'), null)).toBe(false);
  });

  it('a detected form is never a missed page (its panel offers the report)', () => {
    const detection = detect('<label for="a">Issue type</label><select id="a"></select><label for="b">Subscription</label><select id="b"></select><label for="c">Summary</label><input id="c">');
    expect(detection.detected).toBe(true);
    expect(looksLikeMissedSupportPage(detection, 'newRequest')).toBe(false);
  });
});

describe('isDescribePageRequest', () => {
  it.each([
    [{ type: 'describePage' }, true],
    [{ type: 'assistantState' }, false],
    [null, false],
    ['describePage', false],
  ])('%j → %s', (message, expected) => {
    expect(isDescribePageRequest(message)).toBe(expected);
  });
});
