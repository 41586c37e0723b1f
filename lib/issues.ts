import type { z } from 'zod';

/**
 * A validation problem as the UI shows it: where (a dotted path such as "tickets.3.customer.tenantId",
 * '' for the whole value) and what (an i18n message name). Settings, policies and both import files
 * report problems in this one shape.
 */
export interface FieldIssue {
  path: string;
  messageKey: string;
}

/**
 * Turns zod issues into message names, their paths under `prefix`. The schemas' own `error` strings,
 * and the generic ones lib/zod.ts gives a missing key or a wrong type, already are message names.
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly string[] = []): FieldIssue[] {
  return issues.map((issue) => ({ path: [...prefix, ...issue.path.map(String)].join('.'), messageKey: messageKeyFor(issue) }));
}

/** The i18n message name of one zod issue; a zod text nobody named reads as "invalid value". */
export function messageKeyFor(issue: z.core.$ZodIssue): string {
  return issue.message.startsWith('err') ? issue.message : 'errInvalid';
}

/** The first issue for each path, for inline messages under fields. */
export function issuesByPath(issues: readonly FieldIssue[]): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const issue of issues) byPath[issue.path] ??= issue.messageKey;
  return byPath;
}
