/**
 * A source: one document that entries cite, in `content/sources/<id>.md`.
 * Cite it from frontmatter (`sources: [<id>]`) or from a body (`:cite[<id>]`).
 */
import { z } from 'astro/zod';
import { TEXT_MAX, labelText, proseText } from './text.ts';
import { httpsUrl } from './https-url.ts';
import { languageTag } from './language-tag.ts';
import { updateLog } from './update-log.ts';
import { partialDate } from './partial-date.ts';

export const SOURCE_KINDS = ['official', 'parliament', 'court', 'regulator', 'press', 'vendor', 'reference'] as const;

/** How a source was read: online at its url, or as an agency or paper copy without one. */
export const SOURCE_MEDIA = ['web', 'wire', 'print'] as const;

/** Flags for copies the fact sheet calls weak; absent means an ordinary, usable source. */
export const SOURCE_RELIABILITY = ['low', 'unreliable'] as const;

export const sourceSchema = z
  .strictObject({
    title: labelText(
      'The document\'s own title, as it appears on the page, e.g. "UK holds China state-affiliated organisations and individuals responsible for malicious cyber activity".',
      { max: TEXT_MAX.title },
    ),
    publisher: labelText('Who published it, e.g. "Foreign, Commonwealth & Development Office" or "Reuters".'),
    url: httpsUrl(
      'The address of the document itself. Prefer the official page; if you read the text elsewhere, put that copy in readVia. Required unless medium is wire or print.',
    ).optional(),
    medium: z
      .enum(SOURCE_MEDIA)
      .default('web')
      .describe(
        'How the document was read: web (at its url), wire (an agency copy such as PA Media, as received) or print (a newspaper or document on paper). A wire or print copy needs no url but must give its published date.',
      ),
    reliability: z
      .enum(SOURCE_RELIABILITY)
      .describe(
        'Set only when the copy is weak: low (a low-quality host or a scraped copy) or unreliable (known to contain errors or fabricated details). Say why in note. A claim resting only on such sources is flagged.',
      )
      .optional(),
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
          publisher: labelText('Who published the copy.').optional(),
        }),
      )
      .default([])
      .describe(
        'Copies the text was read through when the official page could not be reached. Saying so is required: readers should know the wording was checked against a copy.',
      ),
    language: languageTag('The language the document is written in, as a BCP 47 tag (e.g. "en", "zh").').default('en'),
    note: proseText(
      'Anything a reader should know about this source, e.g. that a wording differs between copies.',
    ).optional(),
    updates: updateLog(),
  })
  .superRefine((source, ctx) => {
    if (source.medium === 'web' && source.url === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'a web source needs its url; for a wire or print copy without one, set medium: wire or medium: print',
      });
    }
    if (source.medium !== 'web' && source.published === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['published'],
        message: `a ${source.medium} copy without a url needs its published date, so readers can find it`,
      });
    }
    if (source.reliability !== undefined && source.note === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `say in note why this source is marked ${source.reliability}`,
      });
    }
  })
  .describe('A document cited by the site.');

export type SourceData = z.output<typeof sourceSchema>;
