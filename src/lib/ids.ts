/**
 * The id rule, used by the content loader, the checker, the Markdown plugins and the tests.
 *
 * An entry's id is its file name without `.md`. Ids must already be in canonical form
 * (`ID_PATTERN`): we never rename silently, because a silent rename breaks every link to the old
 * id. `generateId` makes the canonical id from free text, for suggestions and for mentions written
 * without an explicit `{#id}`.
 */
import slugify from '@sindresorhus/slugify';
import { ID_MAX_LENGTH, ID_PATTERN } from '../schemas/entity-ref.ts';
import { describeCodePoint, firstInvisible } from '../schemas/invisible-characters.ts';

/** Apostrophes join words ("O'Neil" → "oneil") instead of splitting them. */
const APOSTROPHES: [string, string][] = [
  ["'", ''],
  ['\u2019', ''],
  ['\u02bc', ''],
];

const generated = new Map<string, string>();

/** The canonical id for a piece of text: "Clare O'Neil" → "clare-oneil", "APT31" → "apt31". */
export function generateId(text: string): string {
  // An id already canonical is its own slug (tested against slugify itself): ids are most of
  // what the checker asks about, and each would otherwise be transliterated once per run.
  if (isValidId(text)) return text;
  let id = generated.get(text);
  if (id === undefined) {
    // Transliteration is slow and the same labels and ids recur, so results are remembered.
    id = slugify(text, { decamelize: false, customReplacements: APOSTROPHES })
      .slice(0, ID_MAX_LENGTH)
      .replace(/-+$/, '');
    // Bounded so a long-lived dev server cannot grow without end; large enough for every label
    // and id of a 20,000-entry folder (a smaller bound made the check superlinear above it).
    if (generated.size < 200_000) generated.set(text, id);
  }
  return id;
}

export function isValidId(id: string): boolean {
  return id.length <= ID_MAX_LENGTH && ID_PATTERN.test(id);
}

/**
 * The key under which two ids count as the same: case, accents, look-alike letters from other
 * scripts and punctuation are folded away, so `APT31`, `apt-31` and `аpt31` (Cyrillic а) collide.
 */
export function idCollisionKey(id: string): string {
  return generateId(id).replaceAll('-', '');
}

/** The id an entry file gets: its name without the `.md` extension. */
export function idFromFileName(fileName: string): string {
  return fileName.replace(/\.md$/i, '');
}

/** What is wrong with an id, in words an editor can act on, or undefined when it is valid. */
export function idProblem(id: string): string | undefined {
  if (isValidId(id)) return undefined;
  if (id.length === 0) return 'the id is empty';
  if (id.length > ID_MAX_LENGTH) return `the id is ${id.length} characters long; the limit is ${ID_MAX_LENGTH}`;
  if (/[/\\]|\.\./.test(id)) return `"${id}" contains a path separator or "..", which an id may not`;
  const invisible = firstInvisible(id);
  if (invisible !== undefined) {
    return `"${id}" contains ${describeCodePoint(invisible)}, an invisible control character`;
  }
  const foreign = [...id].find((char) => char.codePointAt(0)! > 0x7e);
  if (foreign !== undefined) {
    const code = foreign.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `"${id}" contains "${foreign}" (U+${code}), which is not a plain ASCII letter or digit; it may be a look-alike character`;
  }
  if (/[A-Z]/.test(id)) return `"${id}" contains capital letters`;
  if (/\s/.test(id)) return `"${id}" contains spaces`;
  return `"${id}" contains characters other than a-z, 0-9 and single hyphens between words`;
}
