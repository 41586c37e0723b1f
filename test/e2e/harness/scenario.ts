/**
 * Setting up an Azure look-alike scenario from a test: the knobs as cookies (what a signed-in
 * session would carry) and the portal URLs the tests open. Query parameters work too
 * (`?lang=es&ui=knockout&frame=top`), but cookies survive the portal's own navigations.
 */
import type { Browser } from 'puppeteer-core';

export interface AzureScenario {
  /** Current directory: domain or tenant id (default: the partner's own). */
  directory?: string;
  /** Portal language (default: the browser's). */
  lang?: 'en' | 'es';
  /** Control library of the form (default fluent). */
  ui?: 'fluent' | 'knockout';
  /** Where the form renders (default reactblade: a cross-origin iframe). */
  frame?: 'top' | 'reactblade';
  /** Username `user_4711` in customer directories, as under GDAP. */
  gdap?: boolean;
  /** '2021': Basics / Solutions / Details tabs, Support plan on Basics. */
  era?: '2021' | '2025';
  /** Each wizard step renders this long after it is reached. */
  delayMs?: number;
  /** false: no spare empty React-blade iframe on every page. */
  spareFrame?: boolean;
}

const PORTAL_HOSTS = ['portal.azure.com', 'ms.portal.azure.com', 'entra.microsoft.com'];

function cookieValues(scenario: AzureScenario): Record<string, string | undefined> {
  return {
    'lookalike-directory': scenario.directory,
    'lookalike-lang': scenario.lang,
    'lookalike-ui': scenario.ui,
    'lookalike-frame': scenario.frame,
    'lookalike-gdap': scenario.gdap === undefined ? undefined : scenario.gdap ? '1' : '0',
    'lookalike-era': scenario.era,
    'lookalike-delay': scenario.delayMs === undefined ? undefined : String(scenario.delayMs),
    'lookalike-spare': scenario.spareFrame === undefined ? undefined : scenario.spareFrame ? '1' : '0',
  };
}

/** Replaces every look-alike cookie of the portal hosts with this scenario's (unset knobs: defaults). */
export async function setAzureScenario(browser: Browser, scenario: AzureScenario): Promise<void> {
  const values = cookieValues(scenario);
  for (const domain of PORTAL_HOSTS) {
    for (const name of Object.keys(values)) await browser.deleteMatchingCookies({ name, domain });
  }
  const cookies = PORTAL_HOSTS.flatMap((domain) =>
    Object.entries(values)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([name, value]) => ({ name, value, domain, path: '/', secure: true, sameSite: 'Lax' as const })),
  );
  if (cookies.length > 0) await browser.setCookie(...cookies);
}

const ORIGIN = 'https://portal.azure.com';

/** Portal URLs in the shapes the real portal uses (docs/research/portal-facts.md §1.1). */
export const AZURE_URLS = {
  home: `${ORIGIN}/#home`,
  helpOverview: `${ORIGIN}/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview`,
  newRequest: `${ORIGIN}/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade/callerName/Microsoft_Azure_Support%2FHelpAndSupportOverview.ReactView`,
  newRequestTechnical: `${ORIGIN}/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade/issueType/technical`,
  createGallery: `${ORIGIN}/#create/Microsoft.Support`,
  legacyBlade: `${ORIGIN}/#blade/Microsoft_Azure_Support/HelpAndSupportBlade/newsupportrequest`,
  /** The same blade opened in a directory by deep link (`#@domain/…`). */
  inDirectory: (domain: string, route = 'view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview') => `${ORIGIN}/#@${domain}/${route}`,
} as const;
