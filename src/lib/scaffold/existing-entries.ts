/**
 * What `npm run new` needs to know about the entries that exist: their ids, files, the names
 * they answer to (for duplicate refusal) and, for sources, their titles (for the picker).
 *
 * Read from the raw frontmatter, not from the checked model, so that an entry with an error
 * elsewhere still counts: a broken `apt31.md` must still stop a second APT31.
 */
import path from 'node:path';
import type { CollectionName } from '../../schemas/entity-ref.ts';
import { parseFrontmatter } from '../content/frontmatter.ts';
import { splitFrontmatter } from '../content/split-frontmatter.ts';
import { listContentFiles, readContentFile } from '../content/read-content.ts';
import { idFromFileName } from '../ids.ts';

export interface ExistingEntry {
  readonly collection: CollectionName;
  readonly id: string;
  /** Path from the project root, e.g. `content/actors/apt31.md`. */
  readonly file: string;
  /** Name, aliases and native name (actors), or the title or headline (other kinds). */
  readonly names: readonly NamedAs[];
}

/** One name an entry answers to, and which field it comes from. */
export interface NamedAs {
  readonly text: string;
  /** `name`, `alias`, `native name` or `title`. */
  readonly as: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The names in an entry's raw frontmatter data. */
export function namesOf(collection: CollectionName, data: unknown): NamedAs[] {
  const fields = record(data);
  const names: NamedAs[] = [];
  const add = (value: unknown, as: string) => {
    const found = text(value);
    if (found !== undefined) names.push({ text: found, as });
  };
  if (collection === 'actors') {
    add(fields['name'], 'name');
    for (const alias of Array.isArray(fields['aliases']) ? fields['aliases'] : []) add(record(alias)['name'], 'alias');
    add(record(fields['nativeName'])['text'], 'native name');
  } else if (collection === 'story') {
    add(fields['headline'], 'headline');
  } else if (collection !== 'quotes') {
    add(fields['title'], 'title');
  }
  return names;
}

/** Every entry file under `contentDir`, with its names; unreadable files keep their id. */
export async function readExistingEntries(
  contentDir: string,
  projectRoot = path.dirname(contentDir),
): Promise<ExistingEntry[]> {
  const { files } = await listContentFiles(contentDir, projectRoot);
  return files.map((file) => {
    const decoded = readContentFile(file);
    const split = decoded.text === undefined ? undefined : splitFrontmatter(decoded.text);
    const data = split && !('problem' in split) ? parseFrontmatter(split.yaml, split.yamlStartLine).data : undefined;
    return {
      collection: file.collection,
      id: idFromFileName(file.fileName),
      file: file.file,
      names: namesOf(file.collection, data),
    };
  });
}
