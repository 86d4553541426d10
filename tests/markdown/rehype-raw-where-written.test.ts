/**
 * Skipping rehype-raw on trees without raw HTML changes no byte: every real entry, a synthetic
 * corpus, hand-written raw HTML and fuzzed Markdown render exactly as they do with rehype-raw on
 * every tree, but for one thing: rehype-raw (parse5) drops a newline that starts a code block's
 * text, which the skipped trees keep, as CommonMark reads it and the editor wrote it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import '../helpers/fuzz-config.ts';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../../src/lib/bench/synthetic-content.ts';
import { splitFrontmatter } from '../../src/lib/content/split-frontmatter.ts';
import { parseBody } from '../../src/markdown/parse-body.ts';
import { holdsRawHtml, rehypeRawWhereWritten } from '../../src/markdown/rehype-raw-where-written.ts';
import { createBodyRenderer, rehypePlugins } from '../../src/markdown/render-body.ts';

const renderer = createBodyRenderer();
// The same pipeline with rehype-raw on every tree, as it ran before.
const everyTree = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypePlugins().map((plugin) => (plugin === rehypeRawWhereWritten ? rehypeRaw : plugin)))
  .use(rehypeStringify)
  .freeze();

function both(markdown: string): { now: string; before: string } {
  const now = renderer.render(parseBody(markdown).tree).html;
  const file = new VFile();
  const before = everyTree.stringify(everyTree.runSync(parseBody(markdown).tree, file), file);
  return { now, before };
}

const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).freeze();
const hast = (markdown: string) => toHast.runSync(parseBody(markdown).tree);

/** The one difference: the newline that starts a code block, which rehype-raw drops. */
function withoutCodeLeadingNewline(html: string): string {
  return html.replace(/(<pre><code[^>]*>)\n/g, '$1');
}

function bodyOf(text: string): string {
  const split = splitFrontmatter(text);
  if ('problem' in split) throw new Error(split.problem);
  return split.body;
}

function entryFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => path.join(dir, name));
}

describe('rehype-raw only where raw HTML is written', () => {
  it('tells trees with raw HTML from trees without', () => {
    expect(holdsRawHtml(hast('Plain *text* with :actor[APT31]{#apt31} and :cite[ncsc].'))).toBe(false);
    expect(holdsRawHtml(hast('Some <b>bold</b> text.'))).toBe(true);
    expect(holdsRawHtml(hast('<div>\n\nblock\n\n</div>'))).toBe(true);
  });

  it('keeps the newline that starts a code block, which rehype-raw drops', () => {
    const { now, before } = both('```\n\ncode\n```');
    expect(now).toBe('<pre><code>\ncode\n</code></pre>');
    expect(before).toBe('<pre><code>code\n</code></pre>');
  });

  it('still parses raw HTML where it is written', () => {
    const { now, before } = both('A <abbr title="Foreign Office">FCDO</abbr> note.');
    expect(now).toBe('<p>A <abbr title="Foreign Office">FCDO</abbr> note.</p>');
    expect(now).toBe(before);
  });

  it('renders every real entry byte for byte as before', () => {
    const files = entryFiles('content');
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const { now, before } = both(bodyOf(readFileSync(file, 'utf8')));
      expect(now, file).toBe(before);
    }
  });

  it('renders a synthetic corpus byte for byte as before', () => {
    for (const { path: file, text } of generateContent({ n: 400 })) {
      const { now, before } = both(bodyOf(text));
      expect(now, file).toBe(before);
    }
  });

  it('renders fuzzed Markdown, with and without HTML, byte for byte as before', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '\n\n',
        '\n',
        '# ',
        '## Heading',
        '| a | b |\n| - | - |\n| 1 | 2 |\n',
        '> ',
        '- ',
        '1. ',
        '```js\ncode\n```\n',
        '    indented\n',
        '*',
        '_',
        '`',
        '[link](https://example.org/)',
        '[x](#frag)',
        ':actor[APT31]{#apt31}',
        ':cite[ncsc]',
        ':::note\n',
        '&amp;',
        '&#x2028;',
        '<b>',
        '</b>',
        '<br>',
        '<!-- c -->',
        '<table><tr><td>x</td></tr></table>',
        '<sup class="citation">',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const markdown = parts.join('');
        const { now, before } = both(markdown);
        // Trees with raw HTML go through rehype-raw as before, so their bytes are the same.
        expect(before).toBe(holdsRawHtml(hast(markdown)) ? now : withoutCodeLeadingNewline(now));
      }),
      { numRuns: 800 },
    );
  });
});
