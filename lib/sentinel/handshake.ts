/**
 * The sentinel and the assistant run in the same isolated world of a frame (the page cannot see it):
 * this one shared slot tells the sentinel whether the assistant is there, and lets it hand the
 * assistant a request that arrived while it was still loading (the popup's "describe the page").
 */
export interface AssistantHandle {
  /** The frame's page report when it looks like support but shows no form; undefined otherwise. */
  describePage(): Promise<string> | undefined;
}

const SLOT = Symbol.for('csp-support-assistant');
type Waiter = (handle: AssistantHandle) => void;
type Realm = { [SLOT]?: AssistantHandle | Waiter[] };
const realm = globalThis as Realm;

/** True once the assistant runs in this frame. */
export function assistantRuns(): boolean {
  const slot = realm[SLOT];
  return slot !== undefined && !Array.isArray(slot);
}

/** The assistant's start: false when it already runs here (loaded twice), else it takes the slot. */
export function announceAssistant(handle: AssistantHandle): boolean {
  const slot = realm[SLOT];
  if (slot !== undefined && !Array.isArray(slot)) return false;
  realm[SLOT] = handle;
  for (const waiter of slot ?? []) waiter(handle);
  return true;
}

/** The assistant stopped (its context invalidated by an update): the slot is free again. */
export function retireAssistant(): void {
  delete realm[SLOT];
}

/** Resolves with the assistant once it runs in this frame. */
export function whenAssistantRuns(): Promise<AssistantHandle> {
  const slot = realm[SLOT];
  if (slot !== undefined && !Array.isArray(slot)) return Promise.resolve(slot);
  return new Promise((resolve) => {
    const waiters = Array.isArray(slot) ? slot : [];
    waiters.push(resolve);
    realm[SLOT] = waiters;
  });
}
