import type { PolicyLocks } from '../../lib/settings/policy';
import { t, tCode } from '../../lib/i18n';

/** Says that the organisation manages some settings, and which of its values could not be used. */
export function PolicyNotice({ locks }: { locks: PolicyLocks }) {
  const managed = locks.paths.length + locks.ownTenantIds.length + locks.customerIds.length > 0;
  if (!managed && locks.problems.length === 0) return null;
  return (
    <section class="notice notice--policy" data-testid="policy-notice" aria-label={t('setByOrganization')}>
      {managed ? <p>{t('policyNotice')}</p> : null}
      {locks.problems.length > 0 ? (
        <>
          <p>{t('policyProblems')}</p>
          <ul>
            {locks.problems.map((problem) => (
              <li key={`${problem.path}:${problem.messageKey}`}>
                <code>{problem.path}</code>: {tCode(problem.messageKey)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
