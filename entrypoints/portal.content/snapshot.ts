import type { FormSnapshot } from '../../lib/messages/assistant-messages';
import { matchOption } from '../../lib/form/term-lookup';
import { normalizeText } from '../../lib/form/text';
import type { FieldKey } from '../../lib/form/terms';

const LANGUAGE_TAGS: Record<string, string> = { english: 'en', ingles: 'en', spanish: 'es', espanol: 'es', portuguese: 'pt', portugues: 'pt' };

/** The support language a form shows ("English", "Español (España)") as a language tag. */
function languageTag(shown: string | undefined, fallback: string | null): string | null {
  const first = normalizeText(shown ?? '').split(' ')[0] ?? '';
  return LANGUAGE_TAGS[first] ?? fallback;
}

/** What the ticket log needs from the values the form showed while the partner filled it. */
export function formSnapshot(portal: 'azure' | 'm365', seen: Partial<Record<FieldKey, string>>, partnerLanguage: string | null): FormSnapshot {
  const severity = matchOption('severity', seen.severity ?? '');
  return {
    portal,
    severity: severity ?? 'unknown',
    issueType: seen.issueType ? matchOption('issueType', seen.issueType) : null,
    title: (seen.summary || seen.title || seen.problemSubtype || seen.problemType || '').slice(0, 500),
    service: seen.service?.slice(0, 300) || null,
    supportLanguage: languageTag(seen.supportLanguage, portal === 'm365' ? partnerLanguage : null),
    contactMethod: seen.contactMethod ? matchOption('contactMethod', seen.contactMethod) : null,
  };
}
