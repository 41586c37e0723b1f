/**
 * Support request severities as the portals offer them: E is "Emergency - Severe impact"
 * (highestcriticalimpact, Premier/Unified only), A critical, B moderate, C minimal. A logged
 * request whose form did not show one is 'unknown'.
 */
export const SEVERITIES = ['E', 'A', 'B', 'C'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TICKET_SEVERITIES = [...SEVERITIES, 'unknown'] as const;
export type TicketSeverity = (typeof TICKET_SEVERITIES)[number];
