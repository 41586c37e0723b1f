import type { FormSnapshot } from '../messages/assistant-messages';
import { matchOption } from '../form/term-lookup';
import { normalizeText } from '../form/text';
import type { FieldKey } from '../form/terms';
import type { Portal } from '../portal';

const LANGUAGE_TAGS: Record<string, string> = { english: 'en', ingles: 'en', spanish: 'es', espanol: 'es', portuguese: 'pt', portugues: 'pt' };

/** The support language a form shows ("English", "Español (España)") as a language tag. */
function languageTag(shown: string | undefined, fallback: string | null): string | null {
  const first = normalizeText(shown ?? '').split(' ')[0] ?? '';
  return LANGUAGE_TAGS[first] ?? fallback;
}

/** Severity B with a 24x7 response: a Yes in its own choice, or a severity option that names 24x7. */
function asked24x7(severity: string | null, seen: Partial<Record<FieldKey, string>>): boolean {
  if (severity !== 'B') return false;
  if (seen.response24x7) return matchOption('yesNo', seen.response24x7) === 'yes';
  return /\b24\s*(?:x|×|\/)\s*7\b/i.test(seen.severity ?? '');
}

/** What the ticket log needs from the values the form showed while the partner filled it. */
export function formSnapshot(portal: Portal, seen: Partial<Record<FieldKey, string>>, partnerLanguage: string | null): FormSnapshot {
  const severity = matchOption('severity', seen.severity ?? '');
  return {
    portal,
    severity: severity ?? 'unknown',
    response24x7: asked24x7(severity, seen),
    issueType: seen.issueType ? matchOption('issueType', seen.issueType) : null,
    title: (seen.summary || seen.title || seen.problemSubtype || seen.problemType || '').slice(0, 500),
    service: seen.service?.slice(0, 300) || null,
    supportLanguage: languageTag(seen.supportLanguage, portal === 'm365' ? partnerLanguage : null),
    contactMethod: seen.contactMethod ? matchOption('contactMethod', seen.contactMethod) : null,
  };
}
