import type { SearchRoot } from './dom';
import { analyzeFields } from './fields';
import { scanPage } from './scan';
import { matchOption } from './term-lookup';
import type { OptionKey } from './terms';
import { readControlValue } from './value';

/**
 * The severity a labelled Severity control shows under `root`, e.g. the request details page's
 * "Change severity" pane when the partner presses Change. Null when there is none or it names no
 * severity the assistant knows.
 */
export function severityChoiceShown(root: SearchRoot): OptionKey<'severity'> | null {
  const control = analyzeFields(scanPage(root), root).controls.severity;
  if (!control) return null;
  return matchOption('severity', String(readControlValue(control)));
}
