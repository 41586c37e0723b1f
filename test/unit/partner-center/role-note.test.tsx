import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import en from '../../../public/_locales/en/messages.json';
import es from '../../../public/_locales/es/messages.json';
import { AssistantPanel, type AssistantPanelProps } from '../../../components/assistant/AssistantPanel';

type Catalog = Record<string, { message: string }>;
let catalog: Catalog = en;
let root: HTMLElement;

beforeEach(() => {
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string) => catalog[key]?.message ?? '') as typeof browser.i18n.getMessage);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  catalog = en;
});

const props = (partnerRole: AssistantPanelProps['partnerRole']): AssistantPanelProps => ({
  context: { outcome: 'customer', customerName: 'Adatum Corporation', tenantLabel: 'adatum.onmicrosoft.com', fromPartnerCenter: true, evidence: [], disagreement: null, askOwnTenants: false },
  fill: null,
  targetMinutes: { E: 60, A: 120, B: 240, C: 480 },
  partnerCardShown: false,
  partnerRole,
  onConfirmContext: () => {},
  onUndo: () => {},
  onRefill: () => {},
  onOpenSettings: () => {},
});

const statuses = () => Array.from(root.querySelectorAll('[role="status"]')).map((element) => element.textContent ?? '');

describe('the panel’s role note', () => {
  it('explains that an indirect reseller cannot file Azure requests, as a status (not an alert)', () => {
    render(<AssistantPanel {...props('indirectReseller')} />, root);
    expect(statuses()).toEqual([expect.stringContaining('(from Partner Center)'), expect.stringMatching(/indirect reseller.*cannot open Azure support requests.*indirect provider/)]);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('names the advisor case, in Spanish too', () => {
    catalog = es;
    render(<AssistantPanel {...props('advisor')} />, root);
    expect(statuses()[1]).toMatch(/asesor.*no pueden abrir solicitudes de soporte técnico de Azure/);
  });

  it('says nothing without a restricted role', () => {
    render(<AssistantPanel {...props(null)} />, root);
    expect(statuses()).toHaveLength(1);
  });
});
