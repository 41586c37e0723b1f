import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { IssueList } from '../../components/shared/IssueList';
import { fileIssues, MAX_REPORTED_ISSUES, readJsonFile } from '../../lib/import-file';
import { MAX_SETTINGS_FILE_CHARS, parseSettingsFile } from '../../lib/settings/file';
import { MAX_TICKETS_FILE_CHARS, parseTicketsFile } from '../../lib/tickets/export-file';
import { z } from '../../lib/zod';
import { englishRenderRoot } from './support/dom';

describe('one reader for both file kinds', () => {
  it('refuses what is no text or too long, before reading it', () => {
    expect(readJsonFile(42, 10)).toEqual({ ok: false, issues: [{ path: '', messageKey: 'errFileTooLarge' }] });
    expect(readJsonFile('"0123456789"', 10)).toEqual({ ok: false, issues: [{ path: '', messageKey: 'errFileTooLarge' }] });
    expect(readJsonFile('"01234567"', 10)).toEqual({ ok: true, value: '01234567' });
  });

  it('applies each kind its own limit in characters, with the same message', () => {
    const tooLong = (max: number) => `"${'x'.repeat(max)}"`;
    expect(parseSettingsFile(tooLong(MAX_SETTINGS_FILE_CHARS))).toEqual({ ok: false, issues: [{ path: '', messageKey: 'errFileTooLarge' }] });
    expect(parseTicketsFile(tooLong(MAX_TICKETS_FILE_CHARS))).toEqual({ ok: false, issues: [{ path: '', messageKey: 'errFileTooLarge' }] });
  });

  it('drops a BOM and refuses a repeated key the same way in both kinds', () => {
    for (const parse of [parseSettingsFile, parseTicketsFile]) {
      expect(parse('\uFEFF{"a":1,"a":2}')).toEqual({ ok: false, issues: [{ path: 'a', messageKey: 'errDuplicateKey' }] });
      expect(parse('\uFEFF{')).toEqual({ ok: false, issues: [{ path: '', messageKey: 'errFileNotJson' }] });
    }
  });

  it('tells a value of the wrong kind from a missing one', () => {
    const settings = (partner: Record<string, unknown>) => JSON.stringify({ format: 'csp-support-assistant/settings', version: 1, partner, ownTenants: [], customers: [] });
    const wrongKind = parseSettingsFile(settings({ companyName: 42 }));
    expect(wrongKind.ok || wrongKind.issues.find((issue) => issue.path === 'partner.companyName')).toEqual({ path: 'partner.companyName', messageKey: 'errType' });
    const missing = parseSettingsFile(settings({}));
    expect(missing.ok || missing.issues.find((issue) => issue.path === 'partner.companyName')).toEqual({ path: 'partner.companyName', messageKey: 'errRequired' });
  });

  it('reports at most the cap, with paths under the prefix', () => {
    const parsed = z.array(z.string()).safeParse(Array.from({ length: MAX_REPORTED_ISSUES + 20 }, () => 1));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const issues = fileIssues(parsed.error.issues, ['tickets']);
    expect(issues).toHaveLength(MAX_REPORTED_ISSUES);
    expect(issues[3]).toEqual({ path: 'tickets.3', messageKey: 'errType' });
  });
});

describe('IssueList', () => {
  const rootOf = englishRenderRoot();

  it('names the place of each problem, the whole file in words, and says when the list was cut', () => {
    const root = rootOf();
    render(
      <IssueList
        issues={[
          { path: '', messageKey: 'errFileNotJson' },
          { path: 'partner.email', messageKey: 'errEmail' },
        ]}
      />,
      root,
    );
    const lines = [...root.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines[0]).toMatch(/^The file: /);
    expect(root.querySelector('li:nth-child(2) code')?.textContent).toBe('partner.email');
    expect(root.textContent).not.toMatch(/first \d+ problems/);

    render(<IssueList issues={Array.from({ length: MAX_REPORTED_ISSUES }, (_, index) => ({ path: `tickets.${index}`, messageKey: 'errType' }))} />, root);
    expect(root.querySelectorAll('li')).toHaveLength(MAX_REPORTED_ISSUES);
    expect(root.textContent).toContain(`Only the first ${MAX_REPORTED_ISSUES} problems are listed`);
  });
});
