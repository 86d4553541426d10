/**
 * The site's security policy, written once and used twice: Astro puts the Content-Security-Policy
 * in a <meta> element on every page (with hashes for anything it inlines), and the build writes
 * the same policy, plus headers a <meta> cannot carry, to `_headers` for static hosts that read
 * it (Netlify, Cloudflare Pages).
 *
 * The pages load no third-party resources and run no inline script: scripts and styles come from
 * the site itself ('self'), never 'unsafe-inline'.
 * https://developer.mozilla.org/docs/Web/HTTP/Guides/CSP
 */

/** Directives other than script-src and style-src, which Astro manages (and hashes) itself. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Script and style sources: the site's own files only.
 *
 * 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly module (fetched from the
 * site's own /pagefind/). It allows WebAssembly compilation only: not eval(), not new Function(),
 * not inline script, which stay blocked ('unsafe-eval' and 'unsafe-inline' are never listed).
 * https://developer.mozilla.org/docs/Web/HTTP/Reference/Headers/Content-Security-Policy/script-src#unsafe_webassembly_execution
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * Directives that only work as an HTTP header: browsers ignore them in a <meta> element.
 * https://www.w3.org/TR/CSP3/#meta-element
 */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'", 'upgrade-insecure-requests'] as const;

/** The full policy, as sent in the Content-Security-Policy header. */
export function contentSecurityPolicy(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/**
 * The policy for the `<meta>` element: the header's, without the directives a `<meta>` cannot
 * carry, and without hashes. Astro's own `<meta>` allows the hashes of its five hydration
 * scripts (client:load, idle, visible, media, only) whether a page uses islands or not, and it
 * cannot be told not to; the site has no islands and no inline script or style
 * (tests/site/built-pages.test.ts), so the meta allows exactly what `_headers` allows.
 */
export function metaContentSecurityPolicy(): string {
  return [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`].join(
    '; ',
  );
}

const POLICY_META = /<meta http-equiv="content-security-policy"[^>]*>/gi;
const CHARSET_META = /<meta charset="[^"]*">/i;

/**
 * A built page with its Content-Security-Policy `<meta>` first in `<head>`, right after
 * `<meta charset>` (which must come first), before `<title>` and the description: they hold
 * content, and a policy only governs what the parser meets after it. Astro renders its `<meta>`
 * at the end of `<head>` and offers no option to move it, so the build moves it (and rewrites it
 * to `metaContentSecurityPolicy()`) in src/integrations/security-headers.ts.
 * https://www.w3.org/TR/CSP3/#meta-element
 */
export function withPolicyMetaFirst(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd === -1) return html;
  let head = html.slice(0, headEnd).replace(POLICY_META, '');
  const meta = `<meta http-equiv="content-security-policy" content="${metaContentSecurityPolicy()}">`;
  const charset = CHARSET_META.exec(head);
  const headStart = /<head\b[^>]*>/i.exec(head);
  const at = charset ? charset.index + charset[0].length : headStart ? headStart.index + headStart[0].length : -1;
  if (at === -1) return html;
  head = head.slice(0, at) + meta + head.slice(at);
  return head + html.slice(headEnd);
}

/** Headers for every page of the static site. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  };
}

/**
 * The `_headers` file understood by Netlify and Cloudflare Pages: a path pattern, then indented
 * `Name: value` lines.
 * https://docs.netlify.com/routing/headers/ · https://developers.cloudflare.com/pages/configuration/headers/
 */
export function headersFile(): string {
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}
