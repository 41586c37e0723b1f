import { render } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { speakEnglish } from './messages';

/**
 * For a describe block of component tests: before each test, the extension's English messages and
 * a fresh element in the document to render into; after it, the element emptied and removed.
 * Returns the current test's element.
 */
export function englishRenderRoot(): () => HTMLElement {
  let root: HTMLElement | null = null;
  beforeEach(() => {
    speakEnglish(browser.i18n, vi.spyOn);
    root = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    if (!root) return;
    render(null, root);
    root.remove();
    root = null;
  });
  return () => {
    if (!root) throw new Error('englishRenderRoot: no test is running');
    return root;
  };
}
