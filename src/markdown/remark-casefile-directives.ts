/**
 * remark plugin: entity mentions (`:actor[APT31]{#apt31}`) and citations (`:cite[id]`).
 * Needs remark-directive before it. The logic lives in `src/lib/body-syntax.ts`; this only hands
 * it the tree and keeps the facts on the file for the checker and the pages.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { analyseBody, type BodyFacts } from '../lib/body-syntax.ts';

declare module 'vfile' {
  interface DataMap {
    casefile: BodyFacts;
  }
}

export function remarkCasefileDirectives() {
  return (tree: Root, file: VFile): void => {
    file.data.casefile = analyseBody(tree, String(file.value));
  };
}
