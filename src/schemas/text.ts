/**
 * Text fields. Every string an editor types goes through one of these two helpers, so the rules
 * for invisible characters and length are written once (issue 14, items 5 and 8):
 *
 * - `labelText` for what identifies something (names, aliases, titles, publishers): an invisible
 *   or direction-changing character is an error naming its code point, so two names can never
 *   differ invisibly and a name cannot reverse the text after it.
 * - `proseText` for sentences (roles, notes, summaries, quote text): those characters are
 *   dropped, so an unterminated U+202E cannot reverse the rest of the line it is shown on.
 *
 * Both trim, refuse empty text and have a maximum that the description states: one long field
 * is copied onto every page that cites it (a 250 KB publisher made dist/ ten times larger).
 */
import { z } from 'astro/zod';
import { describeCodePoint, firstInvisible, stripInvisible } from './invisible-characters.ts';

/** Maxima by kind of field, in characters (UTF-16 code units, as zod and JavaScript count). */
export const TEXT_MAX = {
  /** A name, alias, publisher, list reference or other short label. */
  name: 200,
  /** The title of a document, event or measure, an office or a claim. */
  title: 300,
  /** A sentence or two: a role, a note, a reason, one update. */
  note: 1_000,
  /** A paragraph: a summary, a verbatim quote, the detail behind a claim. */
  paragraph: 4_000,
} as const;

function withLimit(description: string, max: number): string {
  return `${description} At most ${max.toLocaleString('en-GB')} characters.`;
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface LabelOptions {
  /** The maximum length; `TEXT_MAX.name` unless given. */
  readonly max?: number;
  /**
   * Allow the joiners and directional marks a script needs (ZWNJ, ZWJ, LRM, RLM, ALM), for a
   * name written in its own script. Bidi embeddings, overrides and isolates stay errors.
   */
  readonly ownScript?: boolean;
}

/** A name, title or other label: no invisible characters, at most `max` characters. */
export function labelText(description: string, options: LabelOptions = {}) {
  const max = options.max ?? TEXT_MAX.name;
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((text, ctx) => {
      const char = firstInvisible(text, { allowSpellingMarks: options.ownScript ?? false });
      if (char !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `"${truncate(text)}" contains ${describeCodePoint(char)}, an invisible control character; delete it`,
        });
      }
    })
    .describe(withLimit(description, max));
}

/** Free text: invisible characters are dropped, at most `max` characters. */
export function proseText(description: string, max: number = TEXT_MAX.note) {
  return z.string().overwrite(stripInvisible).trim().min(1).max(max).describe(withLimit(description, max));
}
