/**
 * The names an entry answers to, each with the field it is written in: what the
 * `possible-duplicate` rule compares, and what suggestions and the `label-target-mismatch` rule
 * match labels against.
 */
import { displayTitle } from '../content-index.ts';
import type { Entity } from '../content/load-entry.ts';

export interface EntryName {
  readonly text: string;
  /** Where it is written, e.g. `['aliases', 2, 'name']`. */
  readonly path: readonly PropertyKey[];
  /** How messages call it. */
  readonly kind: 'name' | 'alias' | 'native name' | 'title' | 'office';
}

/**
 * An entry's names: for an actor its name, aliases and native name (and, with `offices`, the
 * titles it holds, which a label may use: "the Foreign Secretary"); for other entries the title or
 * headline. Quotes have no name.
 */
export function entryNames(entity: Entity, options: { offices?: boolean } = {}): EntryName[] {
  switch (entity.collection) {
    case 'actors': {
      const { name, aliases, nativeName, titles } = entity.data;
      return [
        { text: name, path: ['name'], kind: 'name' },
        ...aliases.map((alias, i): EntryName => ({ text: alias.name, path: ['aliases', i, 'name'], kind: 'alias' })),
        ...(nativeName ? [{ text: nativeName.text, path: ['nativeName', 'text'], kind: 'native name' } as const] : []),
        ...(options.offices
          ? titles.map((title, i): EntryName => ({ text: title.title, path: ['titles', i, 'title'], kind: 'office' }))
          : []),
      ];
    }
    case 'quotes':
      return [];
    case 'story':
      return [{ text: displayTitle(entity), path: ['headline'], kind: 'title' }];
    default:
      return [{ text: displayTitle(entity), path: ['title'], kind: 'title' }];
  }
}
