import { t } from '../../lib/i18n';

interface Props {
  role: 'indirectReseller' | 'advisor';
}

/**
 * Partner Center shows the partner as an indirect reseller or advisor for this customer: Azure support
 * requests on the customer's behalf must come from the subscription's provider. A status, not an alert:
 * the tenant is right, only who files is not.
 */
export function RoleNote({ role }: Props) {
  return (
    <div role="status" class="hint" data-role-note={role}>
      <p>{t(role === 'advisor' ? 'roleAdvisorNote' : 'roleIndirectResellerNote')}</p>
    </div>
  );
}
