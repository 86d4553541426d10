/** Every built page is valid HTML under the documented rule set (src/lib/site-audit/html-rules.ts). */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { HTML_VALIDATE_CONFIG } from '../../src/lib/site-audit/html-rules.ts';
import { BUILT_SITE } from '../helpers/built-site.ts';
import { sitePages } from '../helpers/site-files.ts';

describe('HTML of the built site', () => {
  it('validates with html-validate', async () => {
    const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
    const problems: string[] = [];
    for (const [page, html] of sitePages(BUILT_SITE)) {
      const report = await validator.validateString(html, page);
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${page}:${message.line}:${message.column}  ${message.message}  [${message.ruleId}]`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the rule set catches a broken element', async () => {
    const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>x</div></p></body></html>',
    );
    expect(report.valid).toBe(false);
  });
});
