import type { SlaPolicy } from '../settings/schema';
import type { FieldKey } from '../form/terms';
import type { ContextView } from './context-view';

/** What the assistant did to the form on this step, as the panel's fill report shows it. */
export interface FillView {
  filled: { field: FieldKey; value: string }[];
  /** Expected on this step but not found on the page: the partner fills them by hand. */
  missing: FieldKey[];
  /** Fields the partner had already edited: never overwritten. */
  kept: FieldKey[];
  /** Fields found on this step and deliberately left alone: the tenant context is wrong. */
  withheld: FieldKey[];
  /** The support-plan list on this step offers no Cloud Solution Provider plan. */
  noCspPlan: boolean;
  undone: boolean;
  profileMissing: boolean;
}

/** Everything the in-page panel shows, and the events it raises (components/assistant/AssistantPanel.tsx draws it). */
export interface PanelView {
  context: ContextView;
  /** Null while no form step with fillable fields is on screen. */
  fill: FillView | null;
  targetMinutes: SlaPolicy['targetMinutes'];
  /** M365: the pane shows the partner's own contact card instead of Microsoft's form. */
  partnerCardShown: boolean;
  /** M365: the help pane before its form; the way on is "Contact support" (often only a headset icon). */
  helpEntryShown?: boolean;
  /** M365: the partner card comes without "New Microsoft service request": file in Partner Center, here. */
  fileInPartnerCenterUrl?: string | null;
  /** Partner Center shows the partner as an indirect reseller or advisor for the intended customer. */
  partnerRole?: 'indirectReseller' | 'advisor' | null;
  /** Which lower corner the panel starts in; the partner can move it (M365's help pane docks right). */
  dock?: 'left' | 'right';
  onConfirmContext: () => void;
  /** The page report being previewed (masked JSON), and its actions. */
  report?: { json: string; note: 'copied' | 'copyFailed' | null } | null;
  onReport?: () => void;
  onCopyReport?: () => void;
  onDownloadReport?: () => void;
  onCloseReport?: () => void;
  /** "This is my own tenant", and why the last attempt did not add it. */
  onMarkOwnTenant?: () => void;
  markOwnError?: 'noTenantId' | 'saveFailed' | null;
  onUndo: () => void;
  onRefill: () => void;
  onOpenSettings: () => void;
}
