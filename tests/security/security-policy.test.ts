/** The Content-Security-Policy and headers, as configured. The built pages are checked in tests/build. */
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  SCRIPT_SOURCES,
  securityHeaders,
  STYLE_SOURCES,
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
