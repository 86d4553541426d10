/**
 * Hostile HTML in Markdown bodies. Each vector goes through the same parse and render stages the
 * site uses; what comes out must carry no script, no event handler, no dangerous URL and no style.
 */
import { describe, expect, it } from 'vitest';
import { classifyHref } from '../../src/lib/body-links.ts';
import { parseBody } from '../../src/markdown/parse-body.ts';
import { createBodyRenderer } from '../../src/markdown/render-body.ts';

const render = (markdown: string) => createBodyRenderer().render(parseBody(markdown).tree).html;

describe('scripts', () => {
  it('removes a <script> element with its content', () => {
    expect(render('Before <script>alert(1)</script> after.')).toBe('<p>Before  after.</p>');
  });
  it('removes a block-level script', () => {
    expect(render('<script src="https://evil.example/x.js"></script>\n\nText.')).toBe('\n<p>Text.</p>');
  });
  it('removes <noscript>, <template> and <object>/<embed>', () => {
    expect(render('<noscript>n</noscript><template>t</template><object data="x">o</object><embed src="x">')).toBe(
      '<p></p>',
    );
  });
});

describe('frames', () => {
  it('removes an <iframe>', () => {
    expect(render('<iframe src="https://evil.example/"></iframe>\n\nText.')).toBe('\n<p>Text.</p>');
  });
  it('removes <frameset> and <frame>, keeping no markup', () => {
    expect(render('<frameset><frame src="https://evil.example/"></frameset>')).not.toMatch(/<frame/);
  });
});

describe('event handlers', () => {
  it.each([
    [
      '<a href="https://example.org/" onclick="alert(1)">x</a>',
      '<p><a href="https://example.org/" rel="noopener noreferrer">x</a></p>',
    ],
    ['<p onmouseover="alert(1)">hover</p>', '<p>hover</p>'],
    ['<img src="x" onerror="alert(1)">', ''],
    ['<details open ontoggle="alert(1)">d</details>', 'd'],
    ['<b onclick=alert(1)>bold</b>', '<p>bold</p>'],
  ])('%s', (input, expected) => {
    expect(render(input)).toBe(expected);
  });
});

describe('dangerous URLs', () => {
  it.each([
    '[x](javascript:alert(1))',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '<a href="vbscript:msgbox(1)">x</a>',
  ])('%s loses its href', (input) => {
    const html = render(input);
    expect(html).toBe('<p><a>x</a></p>');
  });

  it('keeps https, mailto and site-relative links', () => {
    expect(render('[a](https://example.org/) [b](mailto:desk@example.org) [c](/actors/apt31/)')).toBe(
      '<p><a href="https://example.org/" rel="noopener noreferrer">a</a> <a href="mailto:desk@example.org">b</a> <a href="/actors/apt31/">c</a></p>',
    );
  });
});

describe('SVG and MathML', () => {
  it('removes SVG carrying a script', () => {
    expect(render('<svg><script>alert(1)</script><circle r="1"/></svg>\n\nText.')).toBe('<p></p>\n<p>Text.</p>');
  });
  it('removes SVG with an onload handler', () => {
    expect(render('<svg onload="alert(1)"></svg>')).toBe('<p></p>');
  });
  it('removes MathML links', () => {
    expect(render('<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">m</maction></math>')).toBe(
      '<p></p>',
    );
  });
});

describe('style injection', () => {
  it('removes a <style> element', () => {
    expect(render('<style>body { display: none }</style>\n\nText.')).toBe('\n<p>Text.</p>');
  });
  it('removes style attributes', () => {
    expect(render('<p style="background:url(javascript:alert(1))">styled</p>')).toBe('<p>styled</p>');
  });
  it('removes <link rel=stylesheet> and <meta http-equiv>', () => {
    expect(
      render(
        '<link rel="stylesheet" href="https://evil.example/x.css"><meta http-equiv="refresh" content="0;url=https://evil.example/">',
      ),
    ).toBe('');
  });
});

describe('other hostile markup', () => {
  it('removes forms and inputs', () => {
    expect(render('<form action="https://evil.example/"><input name="q"><button>Go</button></form>')).toBe('Go');
  });
  it('removes <base>, which would redirect every relative link', () => {
    expect(render('<base href="https://evil.example/">\n\n[home](/)')).toBe('\n<p><a href="/">home</a></p>');
  });
  it('drops id and name, which could clobber DOM globals', () => {
    expect(render('<a id="location" name="cookie" href="/x/">x</a>')).toBe('<p><a href="/x/">x</a></p>');
  });
  it('drops HTML comments', () => {
    expect(render('Text <!-- hidden --> more.')).toBe('<p>Text  more.</p>');
  });
  it('keeps a mention link but strips hostile HTML inside its label', () => {
    expect(render(':actor[<img src=x onerror=alert(1)>APT31]{#apt31}')).toBe(
      '<p><a class="mention mention-actor" data-entity="actors/apt31" href="/actors/apt31/">APT31</a></p>',
    );
  });
  it('ignores attributes smuggled into a mention', () => {
    expect(render(':actor[APT31]{#apt31 onclick="alert(1)" style="color:red"}')).toBe(
      '<p><a class="mention mention-actor" data-entity="actors/apt31" href="/actors/apt31/">APT31</a></p>',
    );
  });
  it('does not turn hand-written data-entity markers into links to other places', () => {
    // The marker is dropped; what is left is an ordinary external link, as [x](https://…) would be.
    expect(render('<a data-entity="../../evil" href="https://evil.example/">x</a>')).toBe(
      '<p><a href="https://evil.example/" rel="noopener noreferrer">x</a></p>',
    );
  });
});

describe('heading ids (issue 14)', () => {
  it.each([
    ['## source-1', '<h2 id="section--source-1">source-1</h2>'],
    ['## main', '<h2 id="section--main">main</h2>'],
    ['### `__proto__`', '<h3 id="section--proto"><code>__proto__</code></h3>'],
    ['## cite-1-1', '<h2 id="section--cite-1-1">cite-1-1</h2>'],
    ['<h2 id="main" name="main">x</h2>', '<h2 id="section--x">x</h2>'],
    ['## ???', '<h2 id="section--1">???</h2>'],
  ])('%s gets a namespaced id and no id from content', (input, expected) => {
    expect(render(input)).toBe(expected);
  });

  it('numbers repeated headings and reports every heading for the table of contents', () => {
    const { html, headings } = createBodyRenderer().render(parseBody('## Why\n\n### Why\n\n## *Why*').tree);
    expect(html).toBe(
      '<h2 id="section--why">Why</h2>\n<h3 id="section--why-2">Why</h3>\n<h2 id="section--why-3"><em>Why</em></h2>',
    );
    expect(headings).toEqual([
      { depth: 2, slug: 'section--why', text: 'Why' },
      { depth: 3, slug: 'section--why-2', text: 'Why' },
      { depth: 2, slug: 'section--why-3', text: 'Why' },
    ]);
  });

  it('leaves no id in a body but heading ids and citation anchors', () => {
    const html = render(
      '## A\n\n<p id="x" name="y">p</p>\n\nText <a id="source-1" name="main" href="#z">a</a> :cite[s] <span id="cite-1-1">s</span>',
    );
    expect([...html.matchAll(/\b(?:id|name)="([^"]*)"/g)].map((match) => match[1])).toEqual(['section--a', 'cite-1-1']);
  });
});

describe('links the browser reads as off-site (issue 14)', () => {
  it.each([
    ['/\\evil.example/', 'external'],
    [' //evil.example/', 'external'],
    ['\\\\evil.example', 'external'],
    ['/\t/evil.example', 'external'],
    ['/\n/evil.example', 'external'],
    ['//evil.example', 'external'],
    ['https://a.casefile.invalid/base/', 'external'],
    ['HTTPS://example.org', 'external'],
    ['/actors/apt31/', 'site'],
    ['\\actors\\apt31', 'site'],
    ['../timeline/', 'site'],
    ['#source-1', 'site'],
    ['?q=1', 'site'],
    ['mailto:desk@example.org', 'mailto'],
    ['javascript:alert(1)', 'blocked'],
    ['https://www.gov.uk@evil.example/', 'blocked'],
    ['//user:pw@evil.example/', 'blocked'],
    ['https://[::1', 'blocked'],
  ])('%j is %s', (href, kind) => {
    expect(classifyHref(href).kind).toBe(kind);
  });

  it.each(['/\\evil.example/', ' //evil.example/', '\\\\evil.example', '/\t/evil.example'])(
    '<a href=%j> gets rel="noopener noreferrer"',
    (href) => {
      expect(render(`<a href="${href}">x</a>`)).toBe(`<p><a href="${href}" rel="noopener noreferrer">x</a></p>`);
    },
  );

  it('removes the href of a link with a user name, in Markdown and in HTML', () => {
    expect(render('[a](https://www.gov.uk@evil.example/) <a href="https://www.gov.uk@evil.example/">b</a>')).toBe(
      '<p><a>a</a> <a>b</a></p>',
    );
  });
});

describe('hand-written mention and citation markers (issue 14)', () => {
  it('strips data-entity and our classes from raw links, keeping the link an editor could write anyway', () => {
    expect(
      render('<a data-entity="actors/ghost-actor">g</a> <a class="mention mention-actor" href="/actors/x/">m</a>'),
    ).toBe('<p><a>g</a> <a href="/actors/x/">m</a></p>');
  });

  it('strips class="citation" and data-citation, so no raw <sup> passes for a citation', () => {
    expect(render('<sup class="citation"><a href="#source-1" data-citation="1-1">[1]</a></sup>')).toBe(
      '<p><sup><a href="#source-1">[1]</a></sup></p>',
    );
  });

  it('keeps the real mention and citation next to forged ones', () => {
    expect(render('<a data-entity="actors/x" class="mention">f</a>:actor[APT31]{#apt31}:cite[s]')).toBe(
      '<p><a>f</a><a class="mention mention-actor" data-entity="actors/apt31" href="/actors/apt31/">APT31</a>' +
        '<sup class="citation"><a href="#source-1" id="cite-1-1">[1]</a></sup></p>',
    );
  });

  it('keeps forged markers out of a mention label', () => {
    expect(render(':actor[<a data-entity="actors/ghost">x</a>]{#apt31}')).toBe(
      // The HTML parser closes the mention before the inner link opens; the inner one stays bare.
      '<p><a class="mention mention-actor" data-entity="actors/apt31" href="/actors/apt31/"></a><a>x</a></p>',
    );
  });
});

describe('classes Markdown gives', () => {
  it('keeps a code block’s language class, checked by the sanitizer as before', () => {
    expect(render('```js\nx\n```')).toBe('<pre><code class="language-js">x\n</code></pre>');
    expect(render('```mention\nx\n```')).toBe('<pre><code class="language-mention">x\n</code></pre>');
    // Not set aside with our markers: the sanitizer still drops a class outside its pattern.
    expect(render('```c++"onclick\nx\n```')).toBe('<pre><code class="">x\n</code></pre>');
  });
});
