/**
 * The body syntax, Markdown in and HTML out: mentions, citations, and directives we do not know,
 * through our own two-stage pipeline and through Astro's real Markdown processor.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { parseBody, remarkPlugins } from '../../src/markdown/parse-body.ts';
import { createBodyRenderer, rehypePlugins } from '../../src/markdown/render-body.ts';
import { materialise, type TempProject } from '../helpers/fixture-content.ts';

function html(markdown: string, base = '/'): string {
  return createBodyRenderer({ base }).render(parseBody(markdown).tree).html;
}

describe('entity mentions', () => {
  it('renders a mention as a link to the entry page', () => {
    expect(html('Named :actor[APT31]{#apt31} today.')).toBe(
      '<p>Named <a class="mention mention-actor" data-entity="actors/apt31" href="/actors/apt31/">APT31</a> today.</p>',
    );
  });

  it('makes the id from the label when there is no {#id}', () => {
    expect(html(':actor[Zhao Guangzong]')).toContain('href="/actors/zhao-guangzong/"');
  });

  it('links each kind of entry to its own section, under the site base', () => {
    const out = html(
      ':measure[the designation]{#uk-designation} :quote[he said]{#q1} :event[the attribution]{#uk-attribution} :source[the release]{#fcdo}',
      '/casefile/',
    );
    expect(out).toContain('href="/casefile/sanctions/uk-designation/"');
    expect(out).toContain('href="/casefile/quotes/q1/"');
    expect(out).toContain('href="/casefile/timeline/uk-attribution/"');
    expect(out).toContain('href="/casefile/sources/fcdo/"');
  });

  it('keeps formatting inside the label', () => {
    expect(html(':actor[the *Electoral* Commission]{#electoral-commission}')).toBe(
      '<p><a class="mention mention-actor" data-entity="actors/electoral-commission" href="/actors/electoral-commission/">the <em>Electoral</em> Commission</a></p>',
    );
  });

  it('records each mention with its position and its label as plain text', () => {
    const { facts } = parseBody('First line.\n\nSee :actor[APT31]{#apt31} and :actor[*the* group]{#apt31}.');
    expect(facts.references).toEqual([
      { kind: 'mention', id: 'apt31', collection: 'actors', position: { line: 3, column: 5 }, label: 'APT31' },
      { kind: 'mention', id: 'apt31', collection: 'actors', position: { line: 3, column: 31 }, label: 'the group' },
    ]);
  });
});

describe('citations', () => {
  it('numbers sources in order of first citation and repeats the number', () => {
    const { tree, facts } = parseBody('A. :cite[ncsc]\n\nB. :cite[fcdo] and again :cite[ncsc]');
    expect(facts.citations).toEqual(['ncsc', 'fcdo']);
    expect(createBodyRenderer().render(tree).html).toBe(
      '<p>A. <sup class="citation"><a href="#source-1" id="cite-1-1">[1]</a></sup></p>\n' +
        '<p>B. <sup class="citation"><a href="#source-2" id="cite-2-1">[2]</a></sup> and again <sup class="citation"><a href="#source-1" id="cite-1-2">[1]</a></sup></p>',
    );
  });

  it('reports an empty citation and drops it', () => {
    const { facts } = parseBody('Claim. :cite[]');
    expect(facts.problems).toEqual([
      {
        rule: 'empty-mention',
        position: { line: 1, column: 8 },
        message: 'an empty :cite[] cites nothing; write the source id inside the brackets',
      },
    ]);
    expect(facts.citations).toEqual([]);
  });
});

describe('directives we do not know are left as the editor wrote them', () => {
  it.each([
    ['The meeting began at 10:30 sharp.', '<p>The meeting began at 10:30 sharp.</p>'],
    ['See note:this and ratio 3:2.', '<p>See note:this and ratio 3:2.</p>'],
    ['A :foo[bar]{.baz} thing.', '<p>A :foo[bar]{.baz} thing.</p>'],
    ['Keep :x[*emphasis*] here.', '<p>Keep :x[<em>emphasis</em>] here.</p>'],
    ['::leaf[label]', '<p>::leaf[label]</p>'],
    [':::aside\nInside.\n:::', '<p>:::aside</p>\n<p>Inside.</p>\n<p>:::</p>'],
  ])('%j', (markdown, expected) => {
    expect(html(markdown)).toBe(expected);
  });

  it('still finds a mention inside an unknown directive', () => {
    expect(parseBody(':foo[:actor[APT31]{#apt31}]').facts.references.map((r) => r.id)).toEqual(['apt31']);
  });

  it('warns when an unknown name looks like a typo of a known one', () => {
    expect(parseBody('The :acter[APT31]{#apt31} group.').facts.problems).toEqual([
      {
        rule: 'unknown-directive',
        position: { line: 1, column: 5 },
        message: '":acter" is not a directive and was left as text. Did you mean ":actor"?',
      },
    ]);
    expect(parseBody('Time note:this.').facts.problems).toEqual([]);
  });

  it('warns when a known name is written as a block directive', () => {
    expect(parseBody('::cite[ncsc]').facts.problems[0]?.message).toBe(
      '":cite" takes one colon and sits inside a sentence; it was left as text',
    );
  });
});

describe('mention problems', () => {
  it('rejects an explicit id that breaks the id rule', () => {
    expect(parseBody(':actor[APT31]{#APT31}').facts.problems).toEqual([
      { rule: 'invalid-id', position: { line: 1, column: 1 }, message: 'mention id: "APT31" contains capital letters' },
    ]);
  });

  it('needs a label', () => {
    expect(parseBody(':actor{#apt31}').facts.problems[0]?.message).toBe(
      'a :actor mention needs a label: write :actor[Name]{#id}',
    );
  });
});

describe('messages for unknown ids in bodies', () => {
  const projects: TempProject[] = [];
  afterAll(() => projects.forEach((project) => project.cleanup()));

  it('names the file, line and column, and suggests the close id', async () => {
    const project = materialise();
    projects.push(project);
    project.write(
      'content/timeline/announcement.md',
      '---\ntitle: T\ndate: 2024-03-25\nprecision: day\ndateMeaning: announced\nsources: [gov-release]\n---\n\nThe :actor[Ministry]{#ministy} acted. :cite[gov-releas]\n',
    );
    const result = await checkContent({ contentDir: project.contentDir, projectRoot: project.root });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'content/timeline/announcement.md:9:5  actor mention: no actor has the id "ministy". Did you mean "ministry"?  [unknown-id]',
      'content/timeline/announcement.md:9:39  :cite: no source has the id "gov-releas". Did you mean "gov-release"?  [unknown-id]',
    ]);
    expect(result.ok).toBe(false);
  });
});

describe("Astro's own Markdown processor with our plugins", () => {
  it('renders mentions, citations and unknown directives the same way', async () => {
    const processor = await createMarkdownProcessor({
      remarkPlugins,
      rehypePlugins: rehypePlugins(),
      gfm: false,
      smartypants: false,
      syntaxHighlight: false,
    });
    const markdown = 'Named :actor[APT31]{#apt31} at 10:30. :cite[ncsc]';
    const { code } = await processor.render(markdown);
    expect(code).toBe(html(markdown));
    // Astro's own heading ids run after ours and keep them; forged markers are stripped there too.
    const hostile = '## source-1\n\n<sup class="citation"><a data-citation="1-1" href="/\\evil.example/">1</a></sup>';
    const rendered = await processor.render(hostile);
    expect(rendered.code).toBe(html(hostile));
    expect(rendered.code).toBe(
      '<h2 id="section--source-1">source-1</h2>\n<p><sup><a href="/\\evil.example/" rel="noopener noreferrer">1</a></sup></p>',
    );
    expect(rendered.metadata.headings).toEqual([{ depth: 2, slug: 'section--source-1', text: 'source-1' }]);
  });
});

describe('sanitizing', () => {
  it('removes scripts and event handlers from HTML in a body', () => {
    const out = html('Text <script>alert(1)</script> <a href="javascript:alert(1)" onclick="x()">link</a>');
    expect(out).toBe('<p>Text  <a>link</a></p>');
  });

  it('adds rel=noopener noreferrer to external links only', () => {
    expect(html('[gov](https://www.gov.uk/) and [home](/actors/)')).toBe(
      '<p><a href="https://www.gov.uk/" rel="noopener noreferrer">gov</a> and <a href="/actors/">home</a></p>',
    );
  });
});
