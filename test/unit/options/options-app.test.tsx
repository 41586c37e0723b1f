import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { OptionsApp, type SaveOutcome } from '../../../components/options/OptionsApp';
import { emptyPartnerDraft } from '../../../lib/settings/draft';
import { NO_LOCKS, type PolicyLocks } from '../../../lib/settings/policy';
import { defaultSettings, settingsSchema, type Settings } from '../../../lib/settings/schema';
import { speakEnglish } from '../support/messages';

const OWN = { name: 'Fabrikam (policy)', tenantId: '99999999-9999-4999-8999-999999999999', domains: [] };
let root: HTMLElement;

beforeEach(() => {
  speakEnglish(browser.i18n, vi.spyOn);
  root = document.body.appendChild(document.createElement('div'));
});

afterEach(() => {
  render(null, root);
  root.remove();
});

/** A save that validates with the real schema, as the background does, and keeps what it stored. */
function saver() {
  const saved: Settings[] = [];
  const onSave = vi.fn(async (input: Record<string, unknown>): Promise<SaveOutcome> => {
    const parsed = settingsSchema.safeParse(input);
    if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), messageKey: String(issue.message) })) };
    saved.push(parsed.data);
    return { ok: true, settings: parsed.data };
  });
  return { onSave, saved };
}

async function mount(initial: Settings, locks: PolicyLocks, onSave = saver().onSave) {
  await act(() => {
    render(
      <OptionsApp
        initial={initial}
        locks={locks}
        partnerDefaults={emptyPartnerDraft('en-US', 'Europe/Madrid')}
        onSave={onSave}
        onImport={vi.fn()}
        onExport={vi.fn()}
        sovereign={{ granted: false, grant: vi.fn(), revoke: vi.fn() }}
      />,
      root,
    );
  });
}

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
const button = (text: string) => [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === text) as HTMLButtonElement;
async function click(text: string) {
  await act(async () => button(text).click());
}
async function type(selector: string, value: string) {
  const input = $<HTMLInputElement>(selector) as HTMLInputElement;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('first run guide', () => {
  it('profile, then own tenants, then done; an empty profile does not pass the first step', async () => {
    const { onSave, saved } = saver();
    await mount(defaultSettings(), NO_LOCKS, onSave);
    expect($('[data-testid=onboarding]')?.dataset.step).toBe('profile');
    expect($('[aria-current=step]')?.textContent).toBe('Step 1 of 3: Your partner profile');

    await click('Save and continue');
    expect(onSave).not.toHaveBeenCalled();
    expect($('#partner-firstName-error')?.textContent).toBeTruthy();

    await type('#partner-companyName', 'Fabrikam Partners');
    await type('#partner-firstName', 'Lucía');
    await type('#partner-lastName', 'García');
    await type('#partner-email', 'lucia@fabrikam.example');
    await type('#partner-country', 'Spain');
    await click('Save and continue');
    expect(saved.at(-1)?.partner).toMatchObject({ companyName: 'Fabrikam Partners', country: 'ES', timeZone: 'Europe/Madrid' });
    await vi.waitFor(() => expect($('[data-testid=onboarding]')?.dataset.step).toBe('tenants'));

    await click('Add own tenant');
    await type('[id="ownTenants.0-name"]', 'Fabrikam');
    await type('[id="ownTenants.0-tenantId"]', '11111111-1111-4111-8111-111111111111');
    await click('Save and finish');
    await vi.waitFor(() => expect(saved).toHaveLength(2));
    expect(saved.at(-1)?.ownTenants).toEqual([{ name: 'Fabrikam', tenantId: '11111111-1111-4111-8111-111111111111', domains: [] }]);
    await vi.waitFor(() => expect($('[data-testid=onboarding]')?.dataset.step).toBe('done'));

    await click('Show all settings');
    expect($('[data-testid=onboarding]')).toBeNull();
    expect($('button[type=submit]')).not.toBeNull();
  });

  it('is not shown once a profile or an own tenant is saved, nor when a policy sets values', async () => {
    await mount({ ...defaultSettings(), ownTenants: [OWN] }, NO_LOCKS);
    expect($('[data-testid=onboarding]')).toBeNull();
    render(null, root);
    await mount(defaultSettings(), { ...NO_LOCKS, paths: ['partner.companyName'], partner: { companyName: 'Fabrikam' } });
    expect($('[data-testid=onboarding]')).toBeNull();
  });
});

describe('values set by a policy', () => {
  const locks: PolicyLocks = {
    paths: ['partner.companyName', 'partner.supportLanguage', 'switches.prefillSupportPlan', 'sla.targetMinutes.A'],
    partner: { companyName: 'Fabrikam by policy', supportLanguage: 'en-US' },
    ownTenantIds: [OWN.tenantId],
    customerIds: [],
    problems: [{ path: 'partner.email', messageKey: 'errEmail' }],
  };

  it('show locked and said so; the rest stays editable; the managed tenant cannot be removed', async () => {
    await mount({ ...defaultSettings(), ownTenants: [OWN, { name: 'Lab', tenantId: '22222222-2222-4222-8222-222222222222', domains: [] }] }, locks);
    const company = $<HTMLInputElement>('#partner-companyName') as HTMLInputElement;
    expect(company.value).toBe('Fabrikam by policy');
    expect(company.readOnly).toBe(true);
    expect(document.getElementById(company.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent).toBe('Set by your organization');
    expect($<HTMLInputElement>('#partner-firstName')?.readOnly).toBe(false);
    expect($<HTMLSelectElement>('#partner-supportLanguage')?.disabled).toBe(true);
    expect($<HTMLInputElement>('#switch-prefillSupportPlan')?.disabled).toBe(true);
    expect($<HTMLInputElement>('#switch-prefillContact')?.disabled).toBe(false);
    expect($<HTMLInputElement>('#sla-A')?.readOnly).toBe(true);
    expect($<HTMLInputElement>('#sla-B')?.readOnly).toBe(false);
    const rows = [...root.querySelectorAll('[data-testid=ownTenants-row]')].map((row) => ({ managed: row.hasAttribute('data-managed'), remove: row.querySelector('button') !== null }));
    expect(rows).toEqual([
      { managed: true, remove: false },
      { managed: false, remove: true },
    ]);
    const notice = $('[data-testid=policy-notice]')?.textContent ?? '';
    expect(notice).toContain('Your organization manages some of these settings');
    expect(notice).toContain('partner.email');
  });
});
