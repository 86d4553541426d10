/**
 * Rule `story-count`: the site is about one story, so there is exactly one story entry; it
 * becomes the home page.
 */
import { diagnostic, START_OF_FILE } from '../diagnostics.ts';
import type { IntegrityRule } from './check-context.ts';

export const checkStoryCount: IntegrityRule = ({ files, contentPath }) => {
  const stories = files.filter((file) => file.collection === 'story');
  if (stories.length === 0) {
    return [
      diagnostic(
        `${contentPath}/story`,
        START_OF_FILE,
        'story-count',
        `there is no story entry; add one file in ${contentPath}/story/ — it becomes the home page`,
      ),
    ];
  }
  return stories
    .slice(1)
    .map((extra) =>
      diagnostic(
        extra.file,
        START_OF_FILE,
        'story-count',
        `there can be only one story entry, and ${stories[0]!.file} is it; merge this file into it or move it`,
      ),
    );
};
