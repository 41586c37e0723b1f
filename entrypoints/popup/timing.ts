/**
 * Timing marks read by scripts/bench-popup.ts. All are relative to the popup's
 * navigation start (performance.now()'s origin):
 * - popup:data: the first page of tickets and the settings have arrived;
 * - popup:first-row: after the frame that shows the first ticket row (rAF runs
 *   before that frame's paint, the timeout after it).
 * The first row's text also carries elementtiming="first-ticket-row", so Chromium
 * reports its exact paint time as an Element Timing entry.
 */
export const DATA_MARK = 'popup:data';
export const FIRST_ROW_MARK = 'popup:first-row';

export function markDataReady(): void {
  performance.mark(DATA_MARK);
}

export function markFirstRowPainted(): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(FIRST_ROW_MARK), 0));
}
