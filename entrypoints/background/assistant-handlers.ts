import { buildAssistantState, tabStatusOf } from '../../lib/assistant/build-state';
import { isSupportRoute } from '../../lib/sentinel/signature';
import { isPendingFresh, ticketFromSubmission } from '../../lib/assistant/capture';
import type { AssistantState } from '../../lib/assistant/state';
import type { Handlers, SenderInfo } from '../../lib/messages/router';
import type { Settings } from '../../lib/settings/schema';
import { numberFitsSubmission } from '../../lib/form/support-number';
import { isTenantId } from '../../lib/tenant/signal';
import type { TicketStore } from '../../lib/tickets/store';
import type { TabRecords } from '../../lib/assistant/tab-records';

interface Deps {
  settings: () => Promise<Settings>;
  /** Read-modify-write of the settings, serialised with every other settings write. */
  updateSettings: (change: (settings: Settings) => Settings | null) => Promise<{ ok: boolean }>;
  tabs: TabRecords;
  tickets: Pick<TicketStore, 'add' | 'update' | 'findByNumber'>;
  /** Sends the new state to the tab: its status to every frame, the whole state to the assistant's frames. */
  broadcast: (tabId: number, state: AssistantState) => Promise<void>;
  /** Runs the assistant script in one frame of the tab; throws when the browser refuses. */
  injectAssistant: (tabId: number, frameId: number) => Promise<void>;
  openOptions: () => Promise<void>;
  now: () => number;
}

type AssistantHandlerNames =
  | 'reportTenant'
  | 'getTabStatus'
  | 'loadAssistant'
  | 'getAssistantState'
  | 'confirmContext'
  | 'openOptions'
  | 'markOwnTenant'
  | 'formSubmitted'
  | 'severityChanged'
  | 'ticketConfirmed';

function tabOf(sender: SenderInfo): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('Only a portal tab may send this');
  return tabId;
}

/** The in-page assistant's messages: tenant verdict per tab, confirmation, and ticket capture. */
export function createAssistantHandlers(deps: Deps): Pick<Handlers, AssistantHandlerNames> {
  const stateOf = async (tabId: number) => buildAssistantState(await deps.settings(), await deps.tabs.read(tabId), deps.now());
  /** The state with the partner profile goes only to a frame the background loaded the assistant into. */
  const assistantStateOf = async (sender: SenderInfo) => {
    const tabId = tabOf(sender);
    const record = await deps.tabs.read(tabId);
    if (!(record.assistantFrames ?? []).includes(sender.frameId ?? 0)) throw new Error('The assistant was not loaded into this frame');
    return buildAssistantState(await deps.settings(), record, deps.now());
  };
  const publish = async (tabId: number) => {
    const state = await stateOf(tabId);
    await deps.broadcast(tabId, state);
    return state;
  };

  return {
    async reportTenant({ url, signals }, sender) {
      const tabId = tabOf(sender);
      // Only the top frame sees the portal's URL and header; a blade iframe's view would be wrong.
      if (sender.frameId !== 0) throw new Error('Only the top frame reports the tenant');
      // The route says whether the blade iframes should watch for a form; labels the top frame saw keep it so.
      const record = await deps.tabs.update(tabId, (current) => {
        const next = { ...current, signals, supportLikely: isSupportRoute(url) || (current.supportLikely === true && current.supportUrl === url) };
        return { record: next, result: next };
      });
      await publish(tabId);
      return tabStatusOf(record, deps.now());
    },
    getTabStatus: async (_data, sender) => tabStatusOf(await deps.tabs.read(tabOf(sender)), deps.now()),
    async loadAssistant({ reason }, sender) {
      const tabId = tabOf(sender);
      const frameId = sender.frameId ?? 0;
      const wakesFrames = frameId === 0 && reason !== 'capture' && sender.url !== undefined;
      const before = await deps.tabs.update(tabId, (record) => {
        const frames = record.assistantFrames ?? [];
        // Frame ids are not reused within a tab; the newest 64 are plenty for one portal page.
        const withFrame = frames.includes(frameId) ? record : { ...record, assistantFrames: [...frames, frameId].slice(-64) };
        return { record: wakesFrames ? { ...withFrame, supportLikely: true, supportUrl: sender.url } : withFrame, result: record };
      });
      // The top frame is on a support page now: the blade iframes start watching.
      if (wakesFrames && !before.supportLikely) await publish(tabId);
      try {
        await deps.injectAssistant(tabId, frameId);
        return true;
      } catch (error) {
        console.warn('The assistant could not be loaded into the frame', error);
        return false;
      }
    },
    getAssistantState: (_data, sender) => assistantStateOf(sender),
    async confirmContext(_data, sender) {
      const tabId = tabOf(sender);
      await deps.tabs.update(tabId, (record) => ({ record: { ...record, confirmed: true }, result: null }));
      return publish(tabId);
    },
    async openOptions() {
      await deps.openOptions();
      return null;
    },
    async markOwnTenant(_data, sender) {
      const tabId = tabOf(sender);
      const settings = await deps.settings();
      const { context } = buildAssistantState(settings, await deps.tabs.read(tabId), deps.now());
      const tenant = context.tenant;
      // Own tenants are known by their directory id. The header may name the directory while the address
      // carries its id (M365's ctid): one id among the tenant-scoped signals, and no disagreement, is it.
      const ids = [...new Set(context.evidence.filter((signal) => signal.strength === 'strong' && signal.kind === 'tenantId').map((signal) => signal.value.toLowerCase()))];
      const tenantId = tenant?.tenantId ?? (context.disagreement === null && ids.length === 1 ? ids[0] : undefined);
      if (!tenantId) return { ok: false, reason: 'noTenantId' };
      const own = { name: tenant?.name || tenant?.domain || tenantId, tenantId, domains: tenant?.domain ? [tenant.domain] : [] };
      const saved = await deps.updateSettings((current) =>
        current.ownTenants.some((entry) => entry.tenantId.toLowerCase() === tenantId) ? null : { ...current, ownTenants: [...current.ownTenants, own] },
      );
      if (!saved.ok) return { ok: false, reason: 'saveFailed' };
      return { ok: true, state: await publish(tabId) };
    },
    async formSubmitted(snapshot, sender) {
      const tabId = tabOf(sender);
      const submittedAt = deps.now();
      await deps.tabs.update(tabId, (record) => ({ record: { ...record, pending: { snapshot, submittedAt, ticketIdToBe: crypto.randomUUID() } }, result: null }));
      await publish(tabId); // frames start looking for the request number
      return null;
    },
    async severityChanged({ number, severity }) {
      const ticket = await deps.tickets.findByNumber(number);
      // A closed or deleted request keeps what it had; the same severity is no change.
      if (!ticket || ticket.deletedAt !== null || ticket.closedAt !== null || ticket.severity === severity) return null;
      // The 24x7 choice belongs to severity B only.
      const updated = await deps.tickets.update(ticket.id, { severity, ...(severity !== 'B' && { response24x7: false }) }, deps.now());
      return updated?.id ?? null;
    },
    async ticketConfirmed(confirmation, sender) {
      const tabId = tabOf(sender);
      const settings = await deps.settings();
      const ticketId = await deps.tabs.update(tabId, async (record) => {
        const now = deps.now();
        const pending = record.pending;
        if (!isPendingFresh(pending, now) || pending.snapshot.portal !== confirmation.portal) return { record, result: null };
        // A dated number from another day is an older request shown on the page, not this one's.
        if (confirmation.number && !numberFitsSubmission(confirmation.number, pending.submittedAt)) confirmation = { ...confirmation, number: null };
        if (!confirmation.number && !confirmation.armName) return { record, result: null };
        if (pending.ticketId) {
          // Logged already (say from the route, number pending): complete it with what came now.
          const patch = {
            // The first number shown is the request's: another frame cannot rewrite it later.
            ...(confirmation.number && !pending.number && { number: confirmation.number }),
            ...(confirmation.armName && { armName: confirmation.armName }),
            ...(confirmation.subscriptionId && isTenantId(confirmation.subscriptionId) && { subscriptionId: confirmation.subscriptionId.toLowerCase() }),
          };
          if (Object.keys(patch).length > 0) await deps.tickets.update(pending.ticketId, patch, now);
          return { record: { ...record, pending: { ...pending, number: pending.number || confirmation.number } }, result: pending.ticketId };
        }
        const context = buildAssistantState(settings, record, now).context;
        const { ticket } = await deps.tickets.add(ticketFromSubmission(pending, context, confirmation), now, pending.ticketIdToBe);
        return { record: { ...record, pending: { ...pending, ticketId: ticket.id, number: confirmation.number } }, result: ticket.id };
      });
      if (ticketId) await publish(tabId);
      return ticketId;
    },
  };
}
