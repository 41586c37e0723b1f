import type { z } from 'zod';

/** A validation problem as the UI shows it: where (dotted path) and what (an i18n message name). */
export interface FieldIssue {
  path: string;
  messageKey: string;
}

/**
 * Turns zod issues into message names. The schema's own `error` strings already are message
 * names; zod's built-in texts (missing key, wrong type) are mapped to generic ones here.
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), messageKey: messageKeyFor(issue) }));
}

/** The i18n message name of one zod issue; shared by the settings and the tickets file readers. */
export function messageKeyFor(issue: z.core.$ZodIssue): string {
  if (issue.message.startsWith('err')) return issue.message;
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'errRequired' : 'errType';
  if (issue.code === 'unrecognized_keys') return 'errUnknownKey';
  return 'errInvalid';
}

/** The first issue for each path, for inline messages under fields. */
export function issuesByPath(issues: readonly FieldIssue[]): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const issue of issues) byPath[issue.path] ??= issue.messageKey;
  return byPath;
}
