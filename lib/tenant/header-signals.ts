import { isOwnUi } from '../form/dom';
import { cleanPageText } from '../page-text';
import { normalizeText } from '../form/text';
import { classifyTenantRef, uniqueSignals, type TenantSignal } from './signal';

/**
 * Tenant signals from the portal header. Azure selectors were seen in public extensions (docs/research/portal-facts.md
 * §1.5, §6); none is documented by Microsoft, so each is optional and the first that yields text is not
 * trusted alone: all are read and resolve.ts weighs them. Header text is page data: trimmed, capped at 200.
 */

/** A tenant signal read from the header. */
export type HeaderSignal = TenantSignal & { source: 'header' };

/** Elements whose text is the current directory, "Display Name", "Display Name (domain)" or "Display Name (id)". */
export const AZURE_DIRECTORY_SELECTORS = ['.fxs-avatarmenu-tenant-name', '.fxs-avatarmenu-tenant', '.fxs-settings-currentdirectoryname', '[data-telemetryname="DirectoryMenu"]'] as const;

/** Its `title` is a multi-line tooltip; the second-to-last line reads "Directory: Name (id-or-domain)". */
export const AZURE_AVATAR_TITLE_SELECTOR = '.fxs-avatarmenu-header';

/** The signed-in user's name; `user_<n>` means a GDAP sign-in to a customer tenant (gdap-faq.md). */
export const AZURE_USERNAME_SELECTOR = '.fxs-avatarmenu-username';

/**
 * M365 admin center org-name candidates. None is verified on a live tenant (docs/research/portal-facts.md §3: "Not found");
 * kept so a live check only has to confirm one. `.o365cs-base [aria-label]` is deliberately absent: it
 * matches every header button ("Settings", "Help"), each of which would read as a foreign directory.
 */
export const M365_ORG_SELECTORS = ['[data-automation-id="OrgName" i]', '[data-automation-id="TenantName" i]', '#O365_MainLink_TenantLogo'] as const;

// Button captions that sit where a directory name would; never a directory.
const GENERIC_CAPTIONS = new Set(
  [
    'Directories + subscriptions',
    'Directory + subscription',
    'Switch directory',
    'Directorios y suscripciones',
    'Directorio y suscripción',
    'Cambiar directorio',
    // The admin center's multi-tenant view administers no single organisation.
    'All tenants',
    'Todos los inquilinos',
    'Todos los espacios empresariales',
  ].map(normalizeText),
);
// Logo captions such as "Go to your organization's home page" are not org names.
const LOGO_CAPTION = /\b(?:home|go to|admin cent(?:er|re)|microsoft 365|office 365|inicio|centro de administraci)/i;
const AVATAR_LINE = /^.*[：:]\s*(.*)\s\((.*)\)$/;
const NAME_WITH_REF = /^(.*\S)\s*\(([^()]+)\)$/;
const GDAP_USER = /^user_\d+/i;

/** A directory as shown in the header. */
export interface DirectoryText {
  name?: string;
  tenantId?: string;
  domain?: string;
}

/** Parse "Display Name (domain.onmicrosoft.com)", "Display Name (guid)", "Display Name", a bare domain or id. */
export function parseDirectoryText(raw: string): DirectoryText | null {
  const text = cleanPageText(raw);
  if (!text || GENERIC_CAPTIONS.has(normalizeText(text))) return null;
  const bare = classifyTenantRef(text);
  if (bare) return bare.kind === 'tenantId' ? { tenantId: bare.value } : { domain: bare.value };
  const match = NAME_WITH_REF.exec(text);
  const ref = match?.[2] ? classifyTenantRef(match[2]) : null;
  if (!match?.[1] || !ref) return { name: text };
  return ref.kind === 'tenantId' ? { name: match[1].trim(), tenantId: ref.value } : { name: match[1].trim(), domain: ref.value };
}

/** Parse the avatar tooltip: the second-to-last non-empty line first, then any line, "Label: Name (id-or-domain)". */
export function parseAvatarTitle(title: string): DirectoryText | null {
  const lines = title
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const order = [lines.length - 2, ...lines.map((_, index) => lines.length - 1 - index)];
  for (const index of order) {
    const match = AVATAR_LINE.exec(lines[index] ?? '');
    const ref = match?.[2] ? classifyTenantRef(match[2]) : null;
    if (!match || !ref) continue;
    const name = cleanPageText(match[1]);
    return ref.kind === 'tenantId' ? { ...(name && { name }), tenantId: ref.value } : { ...(name && { name }), domain: ref.value };
  }
  return null;
}

function toSignals(directory: DirectoryText | null, detail: string): HeaderSignal[] {
  if (!directory) return [];
  const out: HeaderSignal[] = [];
  if (directory.name) out.push({ kind: 'directoryName', value: directory.name, source: 'header', detail });
  if (directory.tenantId) out.push({ kind: 'tenantId', value: directory.tenantId, source: 'header', detail });
  if (directory.domain) out.push({ kind: 'domain', value: directory.domain, source: 'header', detail });
  return out;
}

function elements(doc: ParentNode, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector)).filter((element) => !isOwnUi(element));
  } catch {
    return []; // A selector the engine rejects (the "i" flag in an old engine) is one candidate less.
  }
}

/** Every tenant signal the header of `doc` shows (Azure directory, avatar tooltip, GDAP user, M365 org name). */
export function headerTenantSignals(doc: ParentNode): HeaderSignal[] {
  const signals: HeaderSignal[] = [];
  for (const selector of AZURE_DIRECTORY_SELECTORS) {
    for (const element of elements(doc, selector)) {
      signals.push(...toSignals(parseDirectoryText(element.textContent ?? '') ?? parseDirectoryText(element.getAttribute('title') ?? ''), selector));
    }
  }
  for (const element of elements(doc, AZURE_AVATAR_TITLE_SELECTOR)) {
    signals.push(...toSignals(parseAvatarTitle(element.getAttribute('title') ?? ''), `${AZURE_AVATAR_TITLE_SELECTOR}[title]`));
  }
  for (const element of elements(doc, AZURE_USERNAME_SELECTOR)) {
    const user = cleanPageText(element.textContent);
    if (GDAP_USER.test(user)) signals.push({ kind: 'gdapUser', value: user, source: 'header', detail: AZURE_USERNAME_SELECTOR });
  }
  for (const selector of M365_ORG_SELECTORS) {
    for (const element of elements(doc, selector)) {
      // A logo's text is an initial or an image; its title (or label) names the organisation.
      const isLogo = selector.startsWith('#');
      const sources = isLogo
        ? [element.getAttribute('title'), element.getAttribute('aria-label'), element.textContent]
        : [element.textContent, element.getAttribute('title'), element.getAttribute('aria-label')];
      const caption = sources.map((text) => cleanPageText(text)).find(Boolean) ?? '';
      if (isLogo && (LOGO_CAPTION.test(caption) || caption.length < 2)) continue;
      signals.push(...toSignals(parseDirectoryText(caption), selector));
    }
  }
  return uniqueSignals(signals);
}
