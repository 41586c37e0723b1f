/**
 * The popup's one timing mark, relative to its navigation start (performance.now()'s origin):
 * popup:data, the first page of tickets and the settings have arrived. The first row's paint needs no
 * mark: its text carries elementtiming="first-ticket-row", and Chromium reports when it painted as an
 * Element Timing entry (read by scripts/bench/tickets.ts, as the floor's line is in floors.ts).
 */
export const DATA_MARK = 'popup:data';

export function markDataReady(): void {
  performance.mark(DATA_MARK);
}
