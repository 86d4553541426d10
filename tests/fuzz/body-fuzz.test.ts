/**
 * Property-based fuzzing of the body plugins: any Markdown parses and renders without an
 * exception, and whatever an editor writes, the HTML carries no script, handler or dangerous URL.
 */
import fc from 'fast-check';
import '../helpers/fuzz-config.ts';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/markdown/parse-body.ts';
import { createBodyRenderer } from '../../src/markdown/render-body.ts';

const renderer = createBodyRenderer({ base: '/' });
const FORBIDDEN = [
  'script',
  'iframe',
  'frame',
  'svg',
  'math',
  'style',
  'object',
  'embed',
  'img',
  'form',
  'input',
  'base',
  'link',
  'meta',
];

/** Fragments that exercise the directive syntax and the sanitizer together. */
const fragment = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    ':actor[',
    ']{#',
    '}',
    ':cite[',
    ']',
    '{id="',
    '"}',
    ':::',
    '::',
    ':',
    '[',
    '](',
    ')',
    '\n',
    '\n\n',
    '> ',
    '* ',
    '1. ',
    '`',
    '|',
    '---',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">',
    '</a>',
    '<svg onload=alert(1)>',
    '<iframe src=//evil>',
    '<style>*{}</style>',
    ' style="x:y"',
    'javascript:',
    'data:text/html,',
    '<!--',
    '-->',
    '&#106;',
    'onclick=',
    ':actor[APT31]{#apt31}',
    ':cite[ncsc]',
    ':event[x]{#y}',
    '10:30',
    'note:this',
  ),
);
const markdown = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));

describe('fuzzing the body plugins', () => {
  it('parses and renders anything without an exception, and the HTML stays clean', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const { tree, facts } = parseBody(text);
        for (const problem of facts.problems) expect(problem.position.line).toBeGreaterThanOrEqual(1);
        const { html } = renderer.render(tree);
        // Read the output back as a browser would and inspect the elements it builds.
        visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
          expect(FORBIDDEN).not.toContain(element.tagName);
          for (const [name, value] of Object.entries(element.properties)) {
            expect(name).not.toMatch(/^on/i);
            expect(name).not.toBe('style');
            // A URL scheme, if any, must be http(s) or mailto; scheme-less hrefs are relative links.
            if (name === 'href') expect(String(value)).toMatch(/^(?![a-z][a-z0-9+.-]*:)|^(https?|mailto):/i);
          }
        });
      }),
      { numRuns: 600 },
    );
  });

  it('every citation number points at a cited source', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const { tree, facts } = parseBody(text);
        const { html } = renderer.render(tree);
        for (const match of html.matchAll(/href="#source-(\d+)"/g)) {
          expect(Number(match[1])).toBeLessThanOrEqual(facts.citations.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
