/**
 * Property-based fuzzing of the body plugins: any Markdown parses and renders without an
 * exception, and whatever an editor writes, the HTML carries no script, handler or dangerous URL,
 * no id or marker of its own, and no off-site link without rel; raw HTML too deep to render is
 * always reported by the check.
 */
import fc from 'fast-check';
import '../helpers/fuzz-config.ts';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { classifyHref, HEADING_ID_PREFIX } from '../../src/lib/body-links.ts';
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
    // Issue 14: ids, forged markers and hrefs the browser reads as off-site.
    '## ',
    '<h2 id="main" name="x">',
    '<span id="source-1">',
    '<a data-entity="actors/ghost" class="mention mention-actor">',
    '<sup class="citation"><a href="#source-1" data-citation="1-1">',
    '<a href="/\\evil.example/">',
    '<a href=" //evil.example/">',
    '<a href="https://www.gov.uk@evil.example/">',
    '[x](/\\evil.example/)',
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
          // Ids are ours only; markers sit on our own mentions; off-site links carry rel.
          const id = element.properties['id'];
          if (id !== undefined) expect(String(id)).toMatch(new RegExp(`^(${HEADING_ID_PREFIX}|cite-\\d+-\\d+$)`));
          expect(element.properties['name']).toBeUndefined();
          if (element.properties['dataEntity'] !== undefined)
            expect(element.properties['className']).toContain('mention');
          const href = element.properties['href'];
          if (typeof href === 'string' && classifyHref(href).kind === 'external') {
            expect(element.properties['rel']).toEqual(['noopener', 'noreferrer']);
          }
          if (typeof href === 'string') expect(classifyHref(href).kind).not.toBe('blocked');
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
        // Our citations, that is: a hand-written <a href="#source-1"> is an ordinary link.
        for (const match of html.matchAll(/href="#source-(\d+)" id="cite-/g)) {
          expect(Number(match[1])).toBeLessThanOrEqual(facts.citations.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('renders every body whose raw HTML the check lets through, however it nests', () => {
    const tag = fc.constantFrom(
      '<span>',
      '<span/>',
      '</span>',
      '</div>',
      '<div>',
      '<b title="1">',
      '<b title="2">',
      '<i>',
      '\n\n',
      '<table><tr><td>',
      '<svg><g>',
      'x',
      '<span>'.repeat(2000),
      '<b title="3"><i title="4">'.repeat(10),
    );
    fc.assert(
      fc.property(fc.array(tag, { minLength: 1, maxLength: 160 }), (tags) => {
        const { tree, facts } = parseBody(tags.join(''));
        if (facts.problems.some((problem) => problem.rule === 'body-too-complex')) return;
        expect(() => renderer.render(tree)).not.toThrow();
      }),
      { numRuns: 50 },
    );
  });
});
