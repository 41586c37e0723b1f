import { findWindows } from 'windows-iana';
import type { Settings } from '../settings/schema';
import { liveIntended, signalsWithHop, type ClientSessionHop } from '../partner-center/intent';
import { isPendingFresh, type PendingSubmission } from './capture';
import { resolveTenantContext, type IntendedCustomer } from '../tenant/resolve';
import type { TenantSignal } from '../tenant/signal';
import type { AssistantState, TabStatus } from './state';

/** What the background keeps per portal tab (in session storage, so a restarted worker has it). */
export interface TabRecord {
  /** Signals the top frame last reported; absent until it has. */
  signals?: TenantSignal[];
  confirmed?: boolean;
  /** The customer picked in Partner Center for this tab. */
  intended?: IntendedCustomer | null;
  partnerCenterUrl?: string | null;
  /** When `intended` lapses (ms since the epoch); the hand-off sets it. */
  intendedUntil?: number;
  /** The tenant a `BeginClientSession.aspx?CTID=` hop entered in this tab (evidence when the page shows none). */
  hop?: ClientSessionHop;
  /** The submission waiting for the portal's confirmation (ticket capture). */
  pending?: PendingSubmission;
  /** Frames the assistant was loaded into: only they are sent the state, which holds the partner profile. */
  assistantFrames?: number[];
  /** The top frame is on a support page (its route, or support-form labels its sentinel saw). */
  supportLikely?: boolean;
  /** The top-frame address where its sentinel saw support-form labels (a later report from the same address keeps `supportLikely`). */
  supportUrl?: string;
}

/** What every frame of the tab is told (no partner data). */
export function tabStatusOf(tab: TabRecord, now: number): TabStatus {
  return { awaitingTicket: isPendingFresh(tab.pending, now) && !tab.pending.number, supportLikely: tab.supportLikely ?? false };
}

/** The state every frame of the tab gets: the tenant verdict plus the settings the assistant uses. */
export function buildAssistantState(settings: Settings, tab: TabRecord, now: number): AssistantState {
  const context = resolveTenantContext({
    signals: signalsWithHop(tab.signals ?? [], tab.hop, now),
    ownTenants: settings.ownTenants,
    customers: settings.customers,
    intended: liveIntended(tab, now),
  });
  return {
    context,
    confirmed: tab.confirmed ?? false,
    pending: tab.signals === undefined,
    partner: settings.partner,
    partnerWindowsZone: settings.partner ? (findWindows(settings.partner.timeZone)[0] ?? null) : null,
    switches: settings.switches,
    targetMinutes: settings.sla.targetMinutes,
    ownTenantsConfigured: settings.ownTenants.length > 0,
    partnerCenterUrl: tab.partnerCenterUrl ?? null,
    awaitingTicket: tabStatusOf(tab, now).awaitingTicket,
  };
}
