/**
 * A case file whose bibliography is longer than one page (400 synthetic entries, 151 sources):
 * the list continues on /sources/page/2/, both pages link each other, and the pages are valid
 * HTML with one uniquely named landmark per page navigation (issue 12).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../src/cli/bench/write-content.ts';
import { HTML_VALIDATE_CONFIG } from '../../src/lib/site-audit/html-rules.ts';
import { runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'casefile-paged-'));
const outDir = path.join(scratch, 'site');
const page = (route: string) => readFileSync(path.join(outDir, route, 'index.html'), 'utf8');

beforeAll(async () => {
  await writeSyntheticContent(path.join(scratch, 'content'), { n: 400 });
  const result = runCli('build', ['--content', path.join(scratch, 'content'), '--out', outDir]);
  expect(result.status).toBe(0);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a bibliography longer than one page', () => {
  it('continues on /sources/page/2/, each page linking the other, every source on one of them', () => {
    const first = page('sources');
    const second = page('sources/page/2');
    expect(first).toContain('<a href="/sources/page/2/" rel="next">Next page</a>');
    expect(second).toContain('<a href="/sources/" rel="prev">Previous page</a>');
    expect(second).toContain('<h1>Sources, page 2 of 2</h1>');
    const ids = [first, second].flatMap((html) => [...html.matchAll(/id="bib-(source-\d+)"/g)].map((m) => m[1]));
    expect(new Set(ids).size).toBe(151);
  });

  it('is valid HTML, the page navigation above and below the list named apart', async () => {
    const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
    for (const route of ['sources', 'sources/page/2']) {
      const report = await validator.validateString(page(route), route);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    }
    expect(page('sources')).toContain('aria-label="Page 1 of 2: pages of this list, below it"');
  });
});
