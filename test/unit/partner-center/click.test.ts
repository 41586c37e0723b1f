import { describe, expect, it } from 'vitest';
import { buttonPortal, isFollowingClick, linkNavigation, type ClickFacts } from '../../../lib/partner-center/click';

const click = (patch: Partial<ClickFacts> = {}): ClickFacts => ({ type: 'click', button: 0, ctrlKey: false, metaKey: false, shiftKey: false, ...patch });

describe('linkNavigation', () => {
  it.each([
    [click(), '', 'sameTab'],
    [click(), '_self', 'sameTab'],
    [click(), '_top', 'sameTab'],
    [click(), '_blank', 'newTab'],
    [click(), 'portal', 'newTab'],
    [click({ ctrlKey: true }), '', 'newTab'],
    [click({ metaKey: true }), '', 'newTab'],
    [click({ shiftKey: true }), '', 'newTab'],
    [click({ type: 'auxclick', button: 1 }), '', 'newTab'],
    [click({ type: 'contextmenu', button: 2 }), '', 'newTab'],
  ] as const)('%o with target %s → %s', (facts, target, expected) => {
    expect(linkNavigation(facts, target)).toBe(expected);
  });
});

describe('isFollowingClick', () => {
  it('primary click, middle click and the context menu may follow a link; others do not', () => {
    expect(isFollowingClick(click())).toBe(true);
    expect(isFollowingClick(click({ type: 'auxclick', button: 1 }))).toBe(true);
    expect(isFollowingClick(click({ type: 'contextmenu', button: 2 }))).toBe(true);
    expect(isFollowingClick(click({ button: 2 }))).toBe(false);
    expect(isFollowingClick(click({ type: 'auxclick', button: 2 }))).toBe(false);
  });
});

describe('buttonPortal', () => {
  it.each([
    ['Microsoft Azure management portal', 'azure'],
    ['Portal de administración de Microsoft Azure', 'azure'],
    ['Microsoft 365 admin center', 'm365'],
    ['Centro de administración de Microsoft 365', 'm365'],
    ['Office 365', 'm365'],
    ['Create or view service request', null],
    ['Azurelake settings', null],
  ])('%s → %s', (caption, expected) => {
    expect(buttonPortal(caption)).toBe(expected);
  });
});
