/**
 * Raw HTML nested so deep that turning it into hast overflowed the stack (issue 14): the check
 * must report it on the file, and every body the check accepts must render.
 */
import { describe, expect, it } from 'vitest';
import { MAX_HTML_DEPTH } from '../../src/lib/body-html.ts';
import { parseBody } from '../../src/markdown/parse-body.ts';
import { createBodyRenderer } from '../../src/markdown/render-body.ts';

const renderer = createBodyRenderer();
const depthProblems = (markdown: string) =>
  parseBody(markdown).facts.problems.filter((problem) => problem.rule === 'body-too-complex');

const MESSAGE = `the HTML here is nested more than ${MAX_HTML_DEPTH} elements deep; close each tag (<span>…</span>) or remove the HTML`;

describe('raw HTML nesting depth', () => {
  it('reports the first element past the limit, on its line and column', () => {
    expect(depthProblems('<span>'.repeat(MAX_HTML_DEPTH + 1))).toEqual([
      { rule: 'body-too-complex', message: MESSAGE, position: { line: 1, column: MAX_HTML_DEPTH * 6 + 1 } },
    ]);
    expect(depthProblems('Intro.\n\n<div>\n' + '<div>'.repeat(2000))).toEqual([
      { rule: 'body-too-complex', message: MESSAGE, position: { line: 4, column: (MAX_HTML_DEPTH - 1) * 5 + 1 } },
    ]);
  });

  it('accepts HTML nested to the limit, and any amount of closed HTML', () => {
    expect(depthProblems('<span>'.repeat(MAX_HTML_DEPTH))).toEqual([]);
    expect(depthProblems('<span>a</span> '.repeat(5000))).toEqual([]);
  });

  // Shapes whose depth the HTML parser, not the tags, decides: self-closing syntax on elements
  // that cannot self-close, end tags that close nothing, formatting re-opened in each paragraph.
  const shapes: [string, (n: number) => string][] = [
    ['nested <span>', (n) => '<span>'.repeat(n)],
    ['<span/>, which HTML reads as an open tag', (n) => '<span/>'.repeat(n)],
    ['<span></div>, whose end tag closes nothing', (n) => '<span></div>'.repeat(n)],
    [
      'distinct <b> re-opened in the next paragraph',
      (n) => Array.from({ length: n }, (_, i) => `<b title="${i}">`).join('') + '\n\nnext',
    ],
    ['<table> in <td>', (n) => '<table><tr><td>'.repeat(Math.ceil(n / 3))],
    ['<span> under 16 quotes', (n) => '> '.repeat(16) + '<span>'.repeat(n)],
    ['<svg><g>', (n) => '<svg>' + '<g>'.repeat(n)],
  ];

  it.each(shapes)('%s: reported when too deep, rendered otherwise', (_name, make) => {
    for (const n of [MAX_HTML_DEPTH - 2, MAX_HTML_DEPTH + 1, 3000]) {
      const parsed = parseBody(make(n));
      const reported = parsed.facts.problems.some((problem) => problem.rule === 'body-too-complex');
      if (n > MAX_HTML_DEPTH) expect(reported, `${n}`).toBe(true);
      if (!reported) expect(() => renderer.render(parsed.tree), `${n}`).not.toThrow();
    }
  });
});
