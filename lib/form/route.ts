import type { Portal } from '../portal';
import { REQUEST_NUMBER } from '../ids';
import { portalOfHost } from '../hosts';
import { parseUrl } from '../url';

/**
 * Top-frame route hint: which support page a portal URL shows. The Azure route lives in the hash
 * (`#view/<Extension>/<Blade>/<key>/<value>…`), so manifest match patterns cannot see it; frames inside
 * the portal see only their sandbox URL and rely on `detectForm` instead. URL shapes: docs/research/portal-facts.md §1.1, §3.
 */

/** What kind of page the route is. */
export type RouteKind = 'newRequest' | 'details' | 'supportHome' | 'other';

/** Blade inputs read from the route; only the keys the assistant uses are kept. */
export interface RouteParams {
  blade?: string;
  callerName?: string;
  callerWorkflowId?: string;
  issueType?: string;
  subscriptionId?: string;
  productId?: string;
  topicId?: string;
  /** Decoded ARM id of the resource the request is about. */
  assetId?: string;
  /** From the oldest `#create/Microsoft.Support/Parameters/{json}` form. */
  pesId?: string;
  supportTopicId?: string;
  /** Details page: decoded ARM id of the ticket, and its resource name (not the human request number). */
  armId?: string;
  armName?: string;
  /** `SupportRequestDetailBlade/srId/<number>`: the human request number, right in the route. */
  srId?: string;
}

/** The route hint of one URL. */
export interface RouteHint {
  portal: Portal | null;
  kind: RouteKind;
  params: RouteParams;
}

const PATH_KEYS: Record<string, keyof RouteParams> = {
  callername: 'callerName',
  callerworkflowid: 'callerWorkflowId',
  issuetype: 'issueType',
  subscriptionid: 'subscriptionId',
  productid: 'productId',
  topicid: 'topicId',
  assetid: 'assetId',
  id: 'armId',
  srid: 'srId',
};
const JSON_KEYS: Record<string, keyof RouteParams> = { pesid: 'pesId', supporttopicid: 'supportTopicId', ...PATH_KEYS };
const TICKET_ARM_ID = /(?:\/subscriptions\/([^/]+))?\/providers\/microsoft\.support\/supporttickets\/([^/?#]+)/i;

/** Decode a URI component (twice at most, for double-encoded ARM ids); the raw text when it is malformed. */
function decode(value: string): string {
  let out = value;
  for (let pass = 0; pass < 2 && /%[0-9a-f]{2}/i.test(out); pass++) {
    try {
      out = decodeURIComponent(out);
    } catch {
      break;
    }
  }
  return out;
}

function pathParams(segments: string[], params: RouteParams): void {
  // "~" separates a blade from its menu item; "key~" marks an optional input. Neither changes pairing.
  const parts = segments.filter((segment) => segment !== '~' && segment !== '');
  for (let index = 0; index + 1 < parts.length; index += 2) {
    const field = PATH_KEYS[(parts[index] ?? '').replace(/~$/, '').toLowerCase()];
    if (field) params[field] = decode(parts[index + 1] ?? '');
  }
}

function jsonParams(text: string, params: RouteParams): void {
  try {
    const parsed: unknown = JSON.parse(decode(text));
    if (typeof parsed !== 'object' || parsed === null) return;
    for (const [key, value] of Object.entries(parsed)) {
      const field = JSON_KEYS[key.toLowerCase()];
      if (field && (typeof value === 'string' || typeof value === 'number')) params[field] = String(value);
    }
  } catch {
    // A malformed preselection still opens the form; the route stays a new request without params.
  }
}

function azureRoute(hash: string): Omit<RouteHint, 'portal'> {
  const params: RouteParams = {};
  // "#@contoso.onmicrosoft.com/blade/…" and "#@/…" carry a tenant before the route (see tenant/url-signals).
  const route =
    hash
      .replace(/^#/, '')
      .replace(/^@[^/]*\/?/, '')
      .replace(/^\//, '')
      .split('?')[0] ?? '';
  const segments = route.split('/');
  const [area = '', extension = '', blade = ''] = segments.map((segment) => segment.toLowerCase());
  if (area === 'create' && extension.startsWith('microsoft.support')) {
    if ((segments[2] ?? '').toLowerCase() === 'parameters') jsonParams(segments.slice(3).join('/'), params);
    return { kind: 'newRequest', params };
  }
  if ((area !== 'blade' && area !== 'view') || extension !== 'microsoft_azure_support') return { kind: 'other', params };
  params.blade = segments[2] ?? '';
  const rest = segments.slice(3);
  if (blade === 'helpandsupportblade') {
    const page = rest.find((segment) => segment !== '' && segment !== '~')?.toLowerCase();
    return { kind: page === 'newsupportrequest' ? 'newRequest' : 'supportHome', params };
  }
  if (blade.startsWith('newsupportrequest')) {
    pathParams(rest, params);
    return { kind: 'newRequest', params };
  }
  if (blade.startsWith('supportrequestdetail')) {
    pathParams(rest, params);
    const match = params.armId ? TICKET_ARM_ID.exec(params.armId) : null;
    if (match?.[1]) params.subscriptionId = match[1];
    if (match?.[2]) params.armName = match[2];
    if (params.srId && !REQUEST_NUMBER.test(params.srId)) delete params.srId;
    return { kind: 'details', params };
  }
  // HelpPane.ReactView, the overview, "All support requests" and other support blades.
  return { kind: 'supportHome', params };
}

/** Classify a top-frame URL: which portal, and whether it shows a new request, a ticket's details or support home. */
export function routeHint(url: string): RouteHint {
  const parsed = parseUrl(url);
  if (!parsed) return { portal: null, kind: 'other', params: {} };
  const portal = portalOfHost(parsed.hostname);
  if (portal === 'azure') return { portal, ...azureRoute(parsed.hash) };
  if (portal === 'm365') {
    // The M365 form is a pane opened from "#/support" (or from Help & support on any page): detectForm finds it.
    const kind: RouteKind = /^#\/support(?:[/?]|$)/i.test(parsed.hash) ? 'supportHome' : 'other';
    return { portal, kind, params: {} };
  }
  return { portal: null, kind: 'other', params: {} };
}
