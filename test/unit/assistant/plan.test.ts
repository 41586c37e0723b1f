import { describe, expect, it } from 'vitest';
import { planFill, type PlanInput } from '../../../lib/form/plan';
import type { FoundControl } from '../../../lib/form/fields';
import type { FieldKey } from '../../../lib/form/terms';
import { partnerSettings } from './fixtures';

function control(): FoundControl {
  return { element: document.createElement('input'), kind: 'text', label: 'x', via: 'label-element' };
}

function input(overrides: Partial<PlanInput> = {}): PlanInput {
  const settings = partnerSettings();
  const fields: FieldKey[] = ['supportPlan', 'firstName', 'lastName', 'email', 'additionalEmail', 'phone', 'country', 'timeZone', 'contactMethod', 'supportLanguage', 'severity'];
  return {
    detection: { portal: 'azure', controls: Object.fromEntries(fields.map((field) => [field, control()])) },
    outcome: 'customer',
    confirmed: false,
    partner: settings.partner,
    switches: settings.switches,
    values: {},
    memory: {},
    editedByPartner: new Set(),
    ...overrides,
  };
}

const fields = (plan: ReturnType<typeof planFill>) => plan.actions.map((action) => action.field);

describe('planFill', () => {
  it('fills the CSP plan and the whole partner contact for a customer, never the severity', () => {
    const plan = planFill(input());
    expect(fields(plan)).toEqual(['supportPlan', 'firstName', 'lastName', 'email', 'additionalEmail', 'phone', 'contactMethod', 'country', 'timeZone', 'supportLanguage']);
    expect(plan.actions.find((a) => a.field === 'email')?.target).toEqual({ type: 'text', value: 'support@fabrikampartners.example' });
    expect(plan.actions.find((a) => a.field === 'supportPlan')?.target).toEqual({ type: 'option', group: 'supportPlan', key: 'csp' });
  });

  it.each(['own', 'mismatch'] as const)('fills nothing in a wrong context (%s)', (outcome) => {
    expect(planFill(input({ outcome })).actions).toEqual([]);
  });

  it.each(['own', 'mismatch'] as const)('names the fields it holds back in a wrong context (%s): only those on the step, never the severity', (outcome) => {
    const detection: PlanInput['detection'] = { portal: 'azure', controls: { supportPlan: control(), email: control(), severity: control() } };
    expect(planFill(input({ outcome, detection })).withheld).toEqual(['supportPlan', 'email']);
  });

  it('leaves a support plan that already shows CSP (preselected or read-only in this context)', () => {
    for (const shown of ['Cloud Solution Provider (CSP)', 'Azure Support Plan - CSP', 'Plan de soporte técnico de Azure - CSP']) {
      expect(fields(planFill(input({ values: { supportPlan: shown } })))).not.toContain('supportPlan');
    }
    expect(fields(planFill(input({ values: { supportPlan: 'Azure Support Plan - Standard' } })))).toContain('supportPlan');
  });

  it('holds nothing back for a customer', () => {
    expect(planFill(input()).withheld).toEqual([]);
  });

  it('waits for confirmation before choosing the CSP plan in an unknown context', () => {
    expect(fields(planFill(input({ outcome: 'unknown' })))).not.toContain('supportPlan');
    expect(fields(planFill(input({ outcome: 'unknown', confirmed: true })))).toContain('supportPlan');
  });

  it('honours the switches and a missing profile', () => {
    const switches = { ...partnerSettings().switches, prefillSupportPlan: false };
    expect(fields(planFill(input({ switches })))).not.toContain('supportPlan');
    expect(fields(planFill(input({ partner: null })))).toEqual(['supportPlan']);
  });

  it('fills a control the page reset in place (empty, or back to what it showed) once, then leaves it', () => {
    const base = input();
    const plan = base.detection.controls.supportPlan!;
    const memory = { supportPlan: { element: plan.element, original: 'Azure support plan - Developer', filled: 'Cloud Solution Provider (CSP)' } };
    for (const value of ['', 'Azure support plan - Developer']) {
      expect(fields(planFill({ ...base, memory, values: { supportPlan: value } }))).toContain('supportPlan');
    }
    const again = planFill({ ...base, memory: { supportPlan: { ...memory.supportPlan, refills: 1 } }, values: { supportPlan: '' } });
    expect(fields(again)).not.toContain('supportPlan');
    expect(again.kept).toContain('supportPlan');
    // A value that is neither empty nor the original is someone's choice: kept.
    expect(planFill({ ...base, memory, values: { supportPlan: 'Premier / Unified (Contract ID)' } }).kept).toContain('supportPlan');
  });

  it('keeps fields the partner edited', () => {
    const plan = planFill(input({ editedByPartner: new Set<FieldKey>(['email']) }));
    expect(fields(plan)).not.toContain('email');
    expect(plan.kept).toEqual(['email']);
  });

  it('does not refill its own work, keeps a later edit, and refills a re-rendered control', () => {
    const base = input();
    const email = base.detection.controls.email!;
    const memory = { email: { element: email.element, original: 'admin@contoso.example', filled: 'support@fabrikampartners.example' } };
    const same = planFill({ ...base, memory, values: { email: 'support@fabrikampartners.example' } });
    expect(fields(same)).not.toContain('email');
    expect(same.kept).not.toContain('email');
    const edited = planFill({ ...base, memory, values: { email: 'someone@else.example' } });
    expect(edited.kept).toContain('email');
    const rerendered = planFill({ ...base, memory: { email: { ...memory.email, element: document.createElement('input') } } });
    expect(fields(rerendered)).toContain('email');
  });

  it('skips empty optional profile values', () => {
    const partner = { ...partnerSettings().partner!, phone: '', additionalEmails: [] };
    const plan = planFill(input({ partner }));
    expect(fields(plan)).not.toContain('phone');
    expect(fields(plan)).not.toContain('additionalEmail');
  });
});
