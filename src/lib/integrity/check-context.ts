/**
 * What every integrity rule receives: all files (valid or not), the valid entities, and the index.
 */
import type { ContentIndex } from '../content-index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Entity, LoadedFile } from '../content/load-entry.ts';

export interface CheckContext {
  /** Every entry file, including those whose frontmatter failed its schema. */
  readonly files: readonly LoadedFile[];
  readonly index: ContentIndex<Entity>;
  /** Printed path of the content folder, e.g. `content`. */
  readonly contentPath: string;
  /**
   * The folder printed paths are relative to, where git is asked which of two clashing files is
   * newer. Absent for entries made in memory: then both files are blamed.
   */
  readonly projectRoot?: string;
}

/** A cross-entry rule: reads the whole model, returns its problems. */
export type IntegrityRule = (context: CheckContext) => Diagnostic[];
