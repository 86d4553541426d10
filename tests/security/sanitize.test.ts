/**
 * Hostile HTML in Markdown bodies. Each vector goes through the same parse and render stages the
 * site uses; what comes out must carry no script, no event handler, no dangerous URL and no style.
 */
import { describe, expect, it } from 'vitest';
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
