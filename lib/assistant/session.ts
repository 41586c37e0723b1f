import type { FillView, PanelView } from './panel-view';
import { contextView } from './context-view';
import { roleNoteFor } from '../partner-center/role';
import { serviceManagementUrl } from '../partner-center/urls';
import type { AssistantState } from './state';
import { applyPlan, readText, undoFill } from '../form/apply';
import { detectForm, type FormDetection } from '../form/detect';
import { FILLABLE_FIELDS, planFill, type FieldMemory } from '../form/plan';
import type { FieldKey } from '../form/terms';
import { planShown } from '../form/plan-shown';
import { buildPageReport } from '../report/page-report';
import { hasLayout, isUsable } from '../form/usable';
import { ensureHighlightStyle } from '../form/highlight';
import type { Portal } from '../portal';

/**
 * One frame's support-form session: detect the form, plan and apply the fill, and keep the panel
 * in step. The frame's state (tenant verdict, settings) comes from the background. The page and the
 * browser come in through `deps` (the assistant's entrypoint wires the real ones; unit tests a
 * happy-dom document), so the whole session is tested without a browser.
 */
export interface SessionDeps {
  /** The frame's document, where the form is detected and filled. */
  document: Document;
  /** The frame's address now, and whether it is the top frame (for the page report). */
  url: () => string;
  isTop: boolean;
  now: () => number;
  portalHint: Portal | null;
  state: () => AssistantState | null;
  fetchState: () => Promise<AssistantState>;
  showPanel: (view: PanelView) => Promise<void>;
  hidePanel: () => void;
  confirmContext: () => Promise<void>;
  /** Asks the background to add the tab's tenant as an own tenant; the reason when it could not. */
  markOwnTenant: () => Promise<'noTenantId' | 'saveFailed' | null>;
  openOptions: () => void;
  rescan: () => void;
  /** Puts the page report on the clipboard; false when the frame may not (the partner selects and copies). */
  copyText: (text: string) => Promise<boolean>;
  /** Offers the page report as a file. */
  downloadReport: (json: string) => void;
}

function usableControls(controls: FormDetection['controls'], geometry: boolean): FormDetection['controls'] {
  return Object.fromEntries(Object.entries(controls).filter(([, control]) => control && isUsable(control.element, { geometry })));
}

export function createFormSession(deps: SessionDeps) {
  let detection: FormDetection | null = null;
  /** The portal of the last form seen in this frame: the review step that holds Create shows no fields. */
  let lastPortal: FormDetection['portal'] = null;
  let memory: Partial<Record<FieldKey, FieldMemory>> = {};
  const filled = new Map<FieldKey, string>();
  const failed = new Set<FieldKey>();
  /** The control a failed fill tried, so an unfillable field is not retried on every scan. */
  const triedControls = new Map<FieldKey, Element>();
  let kept: FieldKey[] = [];
  let withheld: FieldKey[] = [];
  /** The support-plan control whose list offered no CSP plan (the partner is told why, nothing else is picked). */
  let noCspPlanIn: Element | null = null;
  let undone = false;
  /** The control each field had when the partner typed into it. */
  const editedControls = new Map<FieldKey, Element>();
  /** The last value each field showed, kept across wizard steps for the ticket log. */
  const seen: Partial<Record<FieldKey, string>> = {};

  function editedFields(current: FormDetection): Set<FieldKey> {
    return new Set([...editedControls].filter(([field, element]) => current.controls[field]?.element === element).map(([field]) => field));
  }

  function fillView(current: FormDetection, state: AssistantState): FillView {
    // Only what the assistant would have filled is reported; describing the problem is the partner's job.
    // A plan shown as text or in a read-only control is the portal's, set for this context: done when CSP.
    const plan = current.step === 'additionalDetails' || current.controls.supportPlan ? planShown(deps.document, current.controls.supportPlan, usablePlan) : null;
    const noCspPlan = plan === 'other' || (noCspPlanIn !== null && noCspPlanIn === current.controls.supportPlan?.element);
    const planSettled = plan !== null || noCspPlan;
    const missing = [...new Set([...current.missing, ...failed])].filter((field) => FILLABLE_FIELDS.includes(field) && !filled.has(field) && !(planSettled && field === 'supportPlan'));
    return {
      filled: [...filled].map(([field, value]) => ({ field, value })),
      missing,
      kept,
      withheld,
      noCspPlan,
      undone,
      profileMissing: state.partner === null && state.switches.prefillContact,
    };
  }

  async function render(current: FormDetection, state: AssistantState) {
    await deps.showPanel({
      context: contextView(state),
      // The help pane before its form has nothing to fill; only the tenant verdict and the way on matter there.
      fill: current.step === 'm365HelpEntry' ? null : fillView(current, state),
      targetMinutes: state.targetMinutes,
      partnerCardShown: current.step === 'm365PartnerCard',
      helpEntryShown: current.step === 'm365HelpEntry',
      fileInPartnerCenterUrl:
        current.step === 'm365PartnerCardNoRequest' ? (state.partnerCenterUrl ?? serviceManagementUrl('', state.context.tenant?.tenantId ?? state.context.intended?.tenantId ?? null)) : null,
      // M365's Help & support pane docks on the right, where the panel would hide its buttons.
      dock: current.portal === 'm365' ? 'left' : 'right',
      partnerRole: roleNoteFor(state.context, deps.portalHint),
      onConfirmContext: () => void deps.confirmContext(),
      onMarkOwnTenant: () => void markOwn(),
      markOwnError,
      report,
      onReport: () => void openReport(current, state),
      onCopyReport: () => void copyReport(),
      onDownloadReport: () => downloadReport(),
      onCloseReport: () => {
        report = null;
        void render(current, state);
      },
      onUndo: () => void undo(),
      onRefill: () => {
        undone = false;
        memory = {};
        filled.clear();
        failed.clear();
        triedControls.clear();
        deps.rescan();
      },
      onOpenSettings: deps.openOptions,
    });
  }

  let markOwnError: 'noTenantId' | 'saveFailed' | null = null;
  let report: { json: string; note: 'copied' | 'copyFailed' | null } | null = null;
  /** Option lists the fillers saw open, kept for the page report. */
  const optionsSeen: Partial<Record<FieldKey, string[]>> = {};

  async function openReport(current: FormDetection, state: AssistantState) {
    const built = buildPageReport({ detection: current, evidence: contextView(state).evidence, url: deps.url(), top: deps.isTop, root: deps.document, now: deps.now(), optionsSeen });
    report = { json: JSON.stringify(built, null, 2), note: null };
    await render(current, state);
  }

  async function copyReport() {
    if (!report) return;
    const copied = await deps.copyText(report.json);
    report = { ...report, note: copied ? 'copied' : 'copyFailed' };
    const state = deps.state();
    if (detection && state) await render(detection, state);
  }

  function downloadReport() {
    if (!report) return;
    deps.downloadReport(report.json);
  }
  /** Whether the support-plan control (if any) can be used; a read-only one is the portal's choice. */
  let usablePlan = true;
  async function markOwn() {
    markOwnError = await deps.markOwnTenant();
    const state = deps.state();
    if (detection && state) await render(detection, state);
  }

  async function undo() {
    if (!detection) return;
    // Set first: a scan that runs while the fields are put back (opening a list adds controls, which is
    // scanned at once) must not take a restored field for the portal's reset and fill it again.
    undone = true;
    const remembered = memory;
    memory = {};
    filled.clear();
    await undoFill(remembered, detection.controls);
    const state = deps.state();
    if (state) await render(detection, state);
  }

  return {
    /** Returns true while a support form is on screen in this frame. */
    async scan(): Promise<boolean> {
      const current = detectForm(deps.document, { portalHint: deps.portalHint });
      if (!current.detected) {
        if (detection) deps.hidePanel();
        detection = null;
        return false;
      }
      detection = current;
      lastPortal = current.portal ?? lastPortal;
      const values: Partial<Record<FieldKey, string>> = {};
      for (const [field, control] of Object.entries(current.controls) as [FieldKey, NonNullable<FormDetection['controls'][FieldKey]>][]) {
        values[field] = readText(control);
        if (values[field]) seen[field] = values[field];
      }
      // Only what a person can see and use is filled; a form parked off-screen or transparent waits.
      const usable = usableControls(current.controls, hasLayout(deps.document));
      usablePlan = usable.supportPlan !== undefined;
      if (Object.keys(current.controls).length > 0 && Object.keys(usable).length === 0) {
        deps.hidePanel();
        return true; // still watched: it is filled once it shows
      }
      const state = deps.state() ?? (await deps.fetchState());
      if (!undone && !state.pending) {
        const plan = planFill({
          detection: { ...current, controls: usable },
          outcome: state.context.outcome,
          confirmed: state.confirmed,
          partner: state.partner,
          partnerWindowsZone: state.partnerWindowsZone,
          switches: state.switches,
          values,
          memory,
          editedByPartner: editedFields(current),
        });
        kept = plan.kept;
        withheld = plan.withheld;
        const actions = plan.actions.filter(({ field }) => triedControls.get(field) !== current.controls[field]?.element);
        if (actions.length > 0) {
          ensureHighlightStyle(deps.document);
          const result = await applyPlan(actions, current.controls, current.language);
          for (const { field, value, memory: remembered } of result.applied) {
            const before = memory[field];
            // A re-fill of the same control keeps what it showed before the first fill (for undo) and counts.
            memory[field] = before && before.element === remembered.element ? { ...remembered, original: before.original, refills: (before.refills ?? 0) + 1 } : remembered;
            filled.set(field, value);
            failed.delete(field);
            seen[field] = value;
          }
          Object.assign(optionsSeen, result.options);
          for (const field of result.failed) {
            if (field === 'supportPlan' && result.reasons.supportPlan === 'noOption') noCspPlanIn = current.controls.supportPlan?.element ?? null;
            failed.add(field);
            const element = current.controls[field]?.element;
            if (element) triedControls.set(field, element);
          }
        }
      }
      await render(current, state);
      return true;
    },
    /**
     * A trusted input inside a field's control, or (`choicesOnly`) a press on a choice control, whose
     * pick fires no input event: the partner's own edit, never to be overwritten. True when it was one.
     */
    notePartnerEdit(target: Element, choicesOnly = false): boolean {
      if (!detection) return false;
      let hit = false;
      for (const [field, control] of Object.entries(detection.controls) as [FieldKey, NonNullable<FormDetection['controls'][FieldKey]>][]) {
        if (control.element !== target && !control.element.contains(target)) continue;
        // A press on a text field is no edit; on a dropdown or radio group it is the start of a choice.
        if (choicesOnly && (control.kind === 'text' || control.kind === 'textarea')) continue;
        hit = true;
        editedControls.set(field, control.element);
        // Typed text is kept for the ticket log now: the next scan may come after the step is gone.
        const typed = readText(control);
        if (typed) seen[field] = typed;
      }
      return hit;
    },
    detected: () => detection,
    lastPortal: () => lastPortal,
    seen: () => ({ ...seen }),
  };
}

export type FormSession = ReturnType<typeof createFormSession>;
