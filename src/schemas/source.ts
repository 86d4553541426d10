/**
 * A source: one document that entries cite, in `content/sources/<id>.md`.
 * Cite it from frontmatter (`sources: [<id>]`) or from a body (`:cite[<id>]`).
 */
import { z } from 'astro/zod';
import { httpsUrl } from './https-url.ts';
import { languageTag } from './language-tag.ts';
import { updateLog } from './update-log.ts';
import { partialDate } from './partial-date.ts';

export const SOURCE_KINDS = ['official', 'parliament', 'court', 'regulator', 'press', 'vendor', 'reference'] as const;

export const sourceSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(1)
      .describe(
        'The document\'s own title, as it appears on the page, e.g. "UK holds China state-affiliated organisations and individuals responsible for malicious cyber activity".',
      ),
    publisher: z
      .string()
      .trim()
      .min(1)
      .describe('Who published it, e.g. "Foreign, Commonwealth & Development Office" or "Reuters".'),
    url: httpsUrl(
      'The address of the document itself. Prefer the official page; if you read the text elsewhere, put that copy in readVia.',
    ),
    published: partialDate(
      'When the document was published: YYYY-MM-DD, or YYYY-MM / YYYY when the page gives no day.',
    ).optional(),
    accessed: partialDate('The day you (or the fact-checker) last read it: YYYY-MM-DD.'),
    kind: z
      .enum(SOURCE_KINDS)
      .describe(
        'What sort of document it is: official (government), parliament (e.g. Hansard), court, regulator, press, vendor (e.g. a security company), or reference (e.g. MITRE ATT&CK).',
      ),
    primary: z
      .boolean()
      .describe(
        'true when this is the original record of what it reports (a government release, Hansard, an indictment); false for reporting about it.',
      ),
    archiveUrl: httpsUrl('An archived copy (e.g. on web.archive.org), for when the page moves.').optional(),
    readVia: z
      .array(
        z.strictObject({
          url: httpsUrl('The copy that was actually read.'),
          publisher: z.string().trim().min(1).describe('Who published the copy.').optional(),
        }),
      )
      .default([])
      .describe(
        'Copies the text was read through when the official page could not be reached. Saying so is required: readers should know the wording was checked against a copy.',
      ),
    language: languageTag('The language the document is written in, as a BCP 47 tag (e.g. "en", "zh").').default('en'),
    note: z
      .string()
      .trim()
      .min(1)
      .describe('Anything a reader should know about this source, e.g. that a wording differs between copies.')
      .optional(),
    updates: updateLog(),
  })
  .describe('A document cited by the site.');

export type SourceData = z.output<typeof sourceSchema>;
