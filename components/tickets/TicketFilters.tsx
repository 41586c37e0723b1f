import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { TicketFilterState } from './filters';

export interface CustomerOption {
  tenantId: string;
  name: string;
}

interface Props {
  filters: TicketFilterState;
  customers: readonly CustomerOption[];
  onChange: (filters: TicketFilterState) => void;
}

/** How long typing pauses before the search runs, so each keystroke does not query the database. */
const SEARCH_DELAY_MS = 200;

/** Search box and the open/closed, customer and portal filters. */
export function TicketFilters({ filters, customers, onChange }: Props) {
  const [search, setSearch] = useState(filters.search);

  useEffect(() => {
    if (search === filters.search) return undefined;
    const timer = setTimeout(() => onChange({ ...filters, search }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, filters, onChange]);

  const select = (key: 'status' | 'customer' | 'portal') => (event: Event) => onChange({ ...filters, [key]: (event.currentTarget as HTMLSelectElement).value });

  return (
    <search class="filters">
      <label class="visually-hidden" for="ticket-search">
        {t('searchLabel')}
      </label>
      <input
        id="ticket-search"
        class="filters__search"
        type="search"
        value={search}
        placeholder={t('searchPlaceholder')}
        onInput={(event) => setSearch((event.currentTarget as HTMLInputElement).value)}
      />
      <label class="visually-hidden" for="filter-status">
        {t('filterStatus')}
      </label>
      <select id="filter-status" value={filters.status} onChange={select('status')}>
        <option value="open">{t('filterOpen')}</option>
        <option value="closed">{t('filterClosed')}</option>
        <option value="all">{t('filterAll')}</option>
      </select>
      <label class="visually-hidden" for="filter-customer">
        {t('filterCustomer')}
      </label>
      <select id="filter-customer" value={filters.customer} onChange={select('customer')}>
        <option value="">{t('filterAllCustomers')}</option>
        {customers.map((customer) => (
          <option key={customer.tenantId} value={customer.tenantId}>
            {customer.name}
          </option>
        ))}
      </select>
      <label class="visually-hidden" for="filter-portal">
        {t('filterPortal')}
      </label>
      <select id="filter-portal" value={filters.portal} onChange={select('portal')}>
        <option value="">{t('filterAllPortals')}</option>
        <option value="azure">{t('portalAzure')}</option>
        <option value="m365">{t('portalM365')}</option>
      </select>
    </search>
  );
}
