/** Link text for web addresses: look-alike hosts are shown as the punycode the browser opens. */
import { describe, expect, it } from 'vitest';
import { displayHost, displayUrl } from '../../../src/lib/sources/display-url.ts';

describe('displayUrl', () => {
  it('shows a host with confusable punctuation in punycode, so the real domain is visible', () => {
    // U+2044 FRACTION SLASH looks like "/": the host is really www.gov.uk⁄login.evil.example.
    expect(displayUrl('https://www.gov.uk\u2044login.evil.example/')).toBe(
      'https://www.gov.xn--uklogin-2d7c.evil.example/',
    );
  });

  it('shows mixed-script and whole-script look-alike hosts in punycode', () => {
    expect(displayUrl('https://\u0430pple.com/')).toBe('https://xn--pple-43d.com/'); // Cyrillic а
    expect(displayUrl('https://\u0430\u0440\u0440\u04cf\u0435.com/')).toBe('https://xn--80ak6aa92e.com/');
  });

  it('shows an unambiguous international host as written', () => {
    expect(displayUrl('https://münchen.de/a b')).toBe('https://münchen.de/a%20b');
    expect(displayUrl('https://пример.рф/')).toBe('https://пример.рф/');
    expect(displayUrl('https://例え.jp/')).toBe('https://例え.jp/');
    expect(displayUrl('https://www.gov.uk/x?y=1#z')).toBe('https://www.gov.uk/x?y=1#z');
  });

  it('never shows the raw text: paths are the parser’s, percent-encoded', () => {
    expect(displayUrl('https://www.gov.uk/\u202eexe.gpj')).toBe('https://www.gov.uk/%E2%80%AEexe.gpj');
    expect(displayHost('www.gov.uk')).toBe('www.gov.uk');
  });
});
