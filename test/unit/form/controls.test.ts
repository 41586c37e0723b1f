import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseInCombobox } from '../../../lib/form/controls/listbox';
import { copyText } from '../../../lib/clipboard';
import { downloadText, pageReportFileName } from '../../../lib/download';

/**
 * An ARIA combobox that behaves like Fluent v8's Dropdown: a click opens a listbox in a layer at
 * the end of <body> (aria-controls names it), a click on an option picks it and closes the list,
 * Escape closes it.
 */
function fluentLikeDropdown(options: string[], disabled = false): HTMLElement {
  document.body.innerHTML = `<div role="combobox" tabindex="0" aria-expanded="false" aria-controls="plan-list" ${disabled ? 'aria-disabled="true"' : ''}><span class="title"></span></div>`;
  const trigger = document.querySelector<HTMLElement>('[role=combobox]')!;
  trigger.addEventListener('click', () => {
    const layer = document.body.appendChild(document.createElement('div'));
    layer.innerHTML = `<div id="plan-list" role="listbox">${options.map((text) => `<button role="option">${text}</button>`).join('')}</div>`;
    trigger.setAttribute('aria-expanded', 'true');
    for (const option of layer.querySelectorAll('[role=option]')) {
      option.addEventListener('click', () => {
        trigger.querySelector('.title')!.textContent = option.textContent;
        trigger.setAttribute('aria-expanded', 'false');
        layer.remove();
      });
    }
  });
  trigger.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Escape') return;
    document.getElementById('plan-list')?.parentElement?.remove();
    trigger.setAttribute('aria-expanded', 'false');
  });
  return trigger;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the ARIA combobox filler', () => {
  it('opens the list the combobox names and picks the chosen option', async () => {
    const trigger = fluentLikeDropdown(['Azure Support Plan - Standard', 'Azure Support Plan - CSP']);
    const outcome = await chooseInCombobox(trigger, (texts) => texts.findIndex((text) => text.endsWith('CSP')));
    expect(outcome).toEqual({ ok: true, value: 'Azure Support Plan - CSP' });
    expect(trigger.textContent).toBe('Azure Support Plan - CSP');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
  });

  it('picks nothing, and closes the list again, when no option fits', async () => {
    const trigger = fluentLikeDropdown(['Azure Support Plan - Standard']);
    expect(await chooseInCombobox(trigger, 'Azure Support Plan - CSP')).toEqual({ ok: false, reason: 'noOption' });
    expect(trigger.textContent).toBe('');
    expect(document.getElementById('plan-list')).toBeNull();
  });

  it('leaves a disabled combobox alone', async () => {
    const trigger = fluentLikeDropdown(['Azure Support Plan - CSP'], true);
    expect(await chooseInCombobox(trigger, 'Azure Support Plan - CSP')).toEqual({ ok: false, reason: 'disabled' });
    expect(document.getElementById('plan-list')).toBeNull();
  });
});

describe('clipboard and download helpers', () => {
  it('copyText says whether the browser took the text, and never throws', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new DOMException('Document is not focused', 'NotAllowedError'));
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    expect(await copyText('summary')).toBe(true);
    expect(await copyText('summary')).toBe(false);
    expect(writeText).toHaveBeenCalledWith('summary');
  });

  it('downloadText offers the text as a named UTF-8 file and frees it later', () => {
    vi.useFakeTimers();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:report');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    downloadText(pageReportFileName(Date.UTC(2026, 11, 1, 12)), 'application/json', '{}');
    expect(clicks).toEqual([{ href: 'blob:report', download: 'csp-assistant-page-report-2026-12-01.json' }]);
    expect((created.mock.calls[0]?.[0] as Blob | undefined)?.type).toBe('application/json;charset=utf-8');
    expect(revoked).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revoked).toHaveBeenCalledWith('blob:report');
    vi.useRealTimers();
  });
});
