/** The Content-Security-Policy and headers, as configured. The built pages are checked in tests/build. */
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  metaContentSecurityPolicy,
  SCRIPT_SOURCES,
  securityHeaders,
  STYLE_SOURCES,
  withPolicyMetaFirst,
} from '../../src/lib/security-policy.ts';

describe('security policy', () => {
  it('never allows inline or eval-ed script', () => {
    const policy = contentSecurityPolicy();
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    // Exactly the site's own files, plus WebAssembly compilation for Pagefind's search module.
    expect(policy).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(policy).toMatch(/(^|; )object-src 'none'(;|$)/);
    expect(policy).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
  });

  it('allows WebAssembly for search, but no eval and no inline script, in the header and the <meta> sources', () => {
    const scriptSrc = contentSecurityPolicy()
      .split('; ')
      .find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc?.split(' ').slice(1).sort()).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect([...SCRIPT_SOURCES].sort()).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(STYLE_SOURCES).toEqual(["'self'"]);
  });

  it('writes every header into _headers for all paths', () => {
    const text = headersFile();
    expect(text.startsWith('/*\n')).toBe(true);
    for (const [name, value] of Object.entries(securityHeaders())) expect(text).toContain(`\n  ${name}: ${value}`);
    expect(Object.keys(securityHeaders())).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'X-Frame-Options',
        'Strict-Transport-Security',
      ]),
    );
  });
});

describe('the policy <meta> (issue 14)', () => {
  const astroPage =
    '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
    '<title>A &lt;title&gt;</title><meta name="description" content="d"><link rel="stylesheet" href="/a.css">' +
    `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-AAAA' 'sha256-BBBB';">` +
    '</head><body><p>&lt;meta http-equiv="content-security-policy"&gt;</p></body></html>';

  it('is the header policy without the header-only directives and without hashes', () => {
    const header = contentSecurityPolicy().split('; ');
    expect(metaContentSecurityPolicy().split('; ')).toEqual(
      header.filter(
        (directive) => !['frame-ancestors', 'upgrade-insecure-requests'].includes(directive.split(' ')[0]!),
      ),
    );
    expect(metaContentSecurityPolicy()).not.toMatch(/sha\d+-|'unsafe-inline'|'unsafe-eval'/);
  });

  it('moves the policy right after <meta charset>, before the title, and replaces Astro’s', () => {
    const moved = withPolicyMetaFirst(astroPage);
    expect(moved).toBe(
      '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">' +
        `<meta http-equiv="content-security-policy" content="${metaContentSecurityPolicy()}">` +
        '<meta name="viewport" content="width=device-width"><title>A &lt;title&gt;</title><meta name="description" content="d">' +
        '<link rel="stylesheet" href="/a.css"></head><body><p>&lt;meta http-equiv="content-security-policy"&gt;</p></body></html>',
    );
    expect(withPolicyMetaFirst(moved)).toBe(moved);
  });

  it('opens <head> with the policy when there is no charset, and leaves files without a head alone', () => {
    expect(withPolicyMetaFirst('<html><head><title>t</title></head></html>')).toBe(
      `<html><head><meta http-equiv="content-security-policy" content="${metaContentSecurityPolicy()}"><title>t</title></head></html>`,
    );
    expect(withPolicyMetaFirst('<p>fragment</p>')).toBe('<p>fragment</p>');
  });
});
