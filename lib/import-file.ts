import { type FieldIssue, toFieldIssues } from './issues';
import { parseJsonText } from './json-text';
import type { z } from './zod';

/**
 * The one way a file the partner hands in (settings, tickets) is read, whatever it holds: the same size
 * guard (in characters, each kind with its own limit), the same text rules (a UTF-8 BOM dropped, no JSON
 * refused, a key given twice refused: lib/json-text.ts), the same error shape (FieldIssue) and the same
 * cap on how many problems come back. Each kind then checks its own envelope and records.
 */

/** Reports stop after this many problems: a wrong file would otherwise list thousands. */
export const MAX_REPORTED_ISSUES = 50;

export type FileReadResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** The file's JSON value, or why it is none: too large, not JSON, or a key given twice. */
export function readJsonFile(text: unknown, maxChars: number): FileReadResult<unknown> {
  if (typeof text !== 'string' || text.length > maxChars) return fileFailure('', 'errFileTooLarge');
  const read = parseJsonText(text);
  return read.ok ? { ok: true, value: read.json } : fileFailure(read.path, read.messageKey);
}

/** A schema's complaints about a file, under `prefix`, at most MAX_REPORTED_ISSUES of them. */
export function fileIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly string[] = []): FieldIssue[] {
  return toFieldIssues(issues.slice(0, MAX_REPORTED_ISSUES), prefix);
}

export function fileFailure(path: string, messageKey: string): { ok: false; issues: FieldIssue[] } {
  return { ok: false, issues: [{ path, messageKey }] };
}
