import { z } from '../zod';
import { PAGE_REPORT_FORMAT } from './page-report';
import { PORTALS } from '../portal';

/**
 * A page report as a file (what `npm run fixture:from-report` reads): validated before anything is
 * generated from it, so a hand-edited or foreign file gets a clear message naming the field.
 */
const text = (max: number) => z.string().max(max);
const KINDS = ['text', 'textarea', 'select', 'fluent-dropdown', 'fluent-combobox', 'knockout-dropdown', 'radio-group', 'checkbox'] as const;

export const pageReportSchema = z.strictObject({
  format: z.literal(PAGE_REPORT_FORMAT),
  version: z.literal(1),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  frame: z.strictObject({ url: text(1000), top: z.boolean() }),
  detected: z.boolean(),
  portal: z.enum(PORTALS).nullable(),
  language: z.enum(['en', 'es', 'pt']),
  step: text(40),
  tabs: z.array(text(80)).max(12),
  controls: z
    .array(
      z.strictObject({
        field: text(40).nullable(),
        kind: z.enum(KINDS),
        role: text(40).nullable(),
        label: text(120),
        options: z.array(text(120)).max(60),
      }),
    )
    .max(60),
  missing: z.array(text(40)).max(60),
  labels: z.array(text(40)).max(60),
  evidence: z.array(z.strictObject({ where: text(20), value: text(120), matched: z.enum(['own', 'customer']).nullable(), weak: z.boolean() })).max(50),
});
export type PageReportFile = z.infer<typeof pageReportSchema>;
