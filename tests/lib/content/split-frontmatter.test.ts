/**
 * splitFrontmatter searches for the fences instead of splitting every file into lines (it runs on
 * each cached file of a warm check). The line-by-line definition it replaced is kept here as the
 * specification, and the two must agree on any text made of fence-like pieces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../helpers/fuzz-config.ts';
import { splitFrontmatter } from '../../../src/lib/content/split-frontmatter.ts';

const FENCE = /^---[ \t]*$/;

/** The definition: the first line is a fence, and so is some later line. */
function byLines(text: string): ReturnType<typeof splitFrontmatter> {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0]!)) {
    return { problem: 'the file must start with a --- line, then the YAML frontmatter, then another --- line', line: 1 };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) return { problem: 'the frontmatter is not closed: add a --- line after the last field', line: lines.length };
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlStartLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyStartLine: close + 2,
  };
}

describe('splitFrontmatter', () => {
  it('cuts a plain entry at its fences', () => {
    expect(splitFrontmatter('---\nname: A\nkind: state\n---\n\nBody.\n')).toEqual({
      yaml: 'name: A\nkind: state',
      yamlStartLine: 2,
      body: '\nBody.\n',
      bodyStartLine: 5,
    });
  });

  it.each([
    ['', 1],
    ['name: A\n---\n', 1],
    ['--- \nname: A\n', 3],
    ['---\nname: A\n----\n-- -\n', 5],
  ])('reports the fence problem of %j on line %i', (text, line) => {
    expect(splitFrontmatter(text)).toMatchObject({ line });
  });

  it('agrees with the line-by-line definition on any arrangement of fences and near-fences', () => {
    const piece = fc.constantFrom('---', '--- ', '---\t', '----', '-- -', '---x', 'name: A', '', ' ---', '\r', 'text');
    const text = fc.array(piece, { maxLength: 12 }).chain((pieces) =>
      fc.constantFrom('\n', '\r\n').map((eol) => pieces.join(eol)),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (body, trailing) => {
        const input = trailing ? `${body}\n` : body;
        expect(splitFrontmatter(input)).toEqual(byLines(input));
      }),
      { numRuns: 2000 },
    );
  });
});
