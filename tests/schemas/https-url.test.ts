/** The one URL rule: https only, no credentials, and a public DNS name as host (issue 14, item 6). */
import { describe, expect, it } from 'vitest';
import { httpsUrlProblem } from '../../src/schemas/https-url.ts';

describe('httpsUrlProblem', () => {
  it('accepts public https addresses', () => {
    for (const url of ['https://www.gov.uk/government/news', 'https://例え.jp/', 'https://a.b.co.uk:8443/x']) {
      expect(httpsUrlProblem(url), url).toBeUndefined();
    }
  });

  it('rejects IP literals in every form the WHATWG parser normalises', () => {
    for (const [url, ip] of [
      ['https://127.0.0.1/', '127.0.0.1'],
      ['https://10.0.0.1./', '10.0.0.1'],
      ['https://2130706433/', '127.0.0.1'],
      ['https://0x7f000001/', '127.0.0.1'],
      ['https://0177.0.0.1/', '127.0.0.1'],
      ['https://0x7f.1/', '127.0.0.1'],
      ['https://[::1]/', '[::1]'],
      ['https://[::ffff:10.0.0.1]/', '[::ffff:a00:1]'],
    ] as const) {
      expect(httpsUrlProblem(url)).toBe(
        `"${url}" points at the IP address ${ip}, not a public host name; write the address with the site's domain name`,
      );
    }
  });

  it('rejects localhost, single labels, internal names and trailing dots', () => {
    expect(httpsUrlProblem('https://localhost./')).toBe(
      `"https://localhost./" points at localhost, a local or internal host name (.localhost) that readers cannot reach; write the page's public https:// address`,
    );
    expect(httpsUrlProblem('https://api.localhost/')).toContain('(.localhost)');
    expect(httpsUrlProblem('https://nas.local/')).toContain('(.local)');
    expect(httpsUrlProblem('https://db.internal/')).toContain('(.internal)');
    expect(httpsUrlProblem('https://router.home.arpa/')).toContain('(.home.arpa)');
    expect(httpsUrlProblem('https://fileserver/')).toBe(
      `"https://fileserver/" has no public host name; write the page's full https:// address`,
    );
    expect(httpsUrlProblem('https://www.gov.uk./')).toBe(
      `"https://www.gov.uk./" ends its host name with a dot; write the host as www.gov.uk`,
    );
  });

  it('rejects user names, which make a link look like another site', () => {
    expect(httpsUrlProblem('https://www.gov.uk@evil.example/')).toBe(
      `"https://www.gov.uk@evil.example/" contains a user name or password; remove them from the address`,
    );
  });

  it('rejects overlong addresses without echoing them', () => {
    expect(httpsUrlProblem(`https://www.gov.uk/${'a'.repeat(3000)}`)).toBe(
      'the address is 3,019 characters long; the limit is 2,000',
    );
  });
});
