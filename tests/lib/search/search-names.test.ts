/** The names attached to each page's search record, and how they are put into the indexed copy. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePathOf, withNamesMeta } from '../../../src/lib/search/write-search-index.ts';
import { checkContent } from '../../../src/lib/check-content.ts';
import { searchNamesByPath } from '../../../src/lib/search/search-names.ts';
import { PROJECT_ROOT } from '../../helpers/fixture-content.ts';

describe('searchNamesByPath', () => {
  it("gives APT31's page its aliases and identifier, and the designation its list reference", async () => {
    const { index } = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content') });
    const names = searchNamesByPath(index);
    expect(names.get('/actors/apt31/')).toEqual(
      expect.arrayContaining(['APT31', 'Violet Typhoon', 'ZIRCONIUM', 'JUDGMENT PANDA', 'G0128']),
    );
    expect(names.get('/actors/zhao-guangzong/')).toEqual(expect.arrayContaining(['Zhao Guangzong', '赵光宗']));
    expect(names.get('/sanctions/uk-designation-ni-gaobin/')).toEqual(expect.arrayContaining(['CYB0046']));
    // A measure with no list reference has no names record.
    expect(names.has('/sanctions/us-indictment-apt31/')).toBe(false);
  });
});

describe('the indexed copy of a page', () => {
  it('maps built files to the paths they are served at', () => {
    expect(sitePathOf('index.html')).toBe('/');
    expect(sitePathOf(path.join('actors', 'apt31', 'index.html'))).toBe('/actors/apt31/');
    expect(sitePathOf('404.html')).toBe('/404.html');
  });

  it('puts the names, escaped, as metadata just before the indexed region', () => {
    const html =
      '<body><main id="main" data-pagefind-body="" data-pagefind-filter="type:actors"><h1>X</h1></main></body>';
    const out = withNamesMeta(html, ['Violet Typhoon', '<b>&"</b>']);
    expect(out).toBe(
      '<body><span hidden data-pagefind-meta="names">Violet Typhoon · &lt;b&gt;&amp;&quot;&lt;/b&gt;</span>' +
        '<main id="main" data-pagefind-body="" data-pagefind-filter="type:actors"><h1>X</h1></main></body>',
    );
    expect(withNamesMeta(html, undefined)).toBe(html);
    // A page with no marked region gets them at the start of its body.
    expect(withNamesMeta('<body class="x"><main>Y</main></body>', ['A'])).toBe(
      '<body class="x"><span hidden data-pagefind-meta="names">A</span><main>Y</main></body>',
    );
  });
});
