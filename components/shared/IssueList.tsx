import type { FieldIssue } from '../../lib/issues';
import { MAX_REPORTED_ISSUES } from '../../lib/import-file';
import { t, tCode } from '../../lib/i18n';

/**
 * What an imported file got wrong, one line per problem: where (the dotted path, or "the file") and
 * what, in the partner's language. The options page (settings) and the tracker (tickets) show the
 * same list.
 */
export function IssueList({ issues }: { issues: readonly FieldIssue[] }) {
  return (
    <>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.messageKey}`}>
            {issue.path ? <code>{issue.path}</code> : t('wholeFile')}: {tCode(issue.messageKey)}
          </li>
        ))}
      </ul>
      {issues.length >= MAX_REPORTED_ISSUES ? <p>{t('issuesCapped', String(MAX_REPORTED_ISSUES))}</p> : null}
    </>
  );
}
