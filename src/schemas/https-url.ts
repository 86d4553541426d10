/**
 * Web addresses: the one URL rule, for frontmatter fields (`httpsUrl`) and for links in bodies
 * (`httpsUrlProblem`, which the body-link check calls).
 *
 * Only `https:` is accepted: a `javascript:` or `data:` URL in a source would run or smuggle
 * content on the published site, and a plain `http:` link leaks the reader's visit and can be
 * rewritten in transit. The host must be a public DNS name: an IP address, `localhost` or a name
 * that only resolves inside a network (`.local`, `.internal`, `.home.arpa` …) points readers at
 * their own machine or network, not at the document (issue 14, item 6). Addresses are parsed with
 * `new URL()`, the WHATWG parser browsers use, so `https://2130706433/` and `https://0x7f.1/` are
 * seen as the IP addresses a browser would open.
 */
import { z } from 'astro/zod';

/** Longest address accepted; longer ones are not links an editor copied from a browser. */
export const URL_MAX_LENGTH = 2_000;

/**
 * Names reserved for local or private use, which no public DNS name ends with (RFC 6761, RFC 6762,
 * RFC 8375, RFC 2606, and the suffixes routers and companies use for internal networks).
 */
const PRIVATE_SUFFIXES = [
  'localhost',
  'local',
  'localdomain',
  'internal',
  'intranet',
  'private',
  'corp',
  'home',
  'lan',
  'home.arpa',
  'test',
  'invalid',
  'example',
  'onion',
];

/** Why the host of a parsed https URL is not a public DNS name, or undefined when it is. */
function hostProblem(text: string, url: URL): string | undefined {
  const host = url.hostname;
  const bare = host.replace(/\.+$/, '');
  // The parser has already turned decimal, hex and octal forms into dotted IPv4 and dropped a
  // trailing dot after one.
  if (host.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(host)) {
    return `"${text}" points at the IP address ${host}, not a public host name; write the address with the site's domain name`;
  }
  const suffix = PRIVATE_SUFFIXES.find((name) => bare === name || bare.endsWith(`.${name}`));
  if (suffix !== undefined) {
    return `"${text}" points at ${bare}, a local or internal host name (.${suffix}) that readers cannot reach; write the page's public https:// address`;
  }
  if (!bare.includes('.')) {
    return `"${text}" has no public host name; write the page's full https:// address`;
  }
  // "example.com." is the same host to DNS, but a second spelling of every address on the site.
  if (host !== bare) return `"${text}" ends its host name with a dot; write the host as ${bare}`;
  return undefined;
}

/** Why `text` is not an acceptable https URL, or undefined when it is. */
export function httpsUrlProblem(text: string): string | undefined {
  if (text.length > URL_MAX_LENGTH) {
    return `the address is ${text.length.toLocaleString('en-GB')} characters long; the limit is ${URL_MAX_LENGTH.toLocaleString('en-GB')}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" is not a full web address; write it as https://…`;
  }
  if (url.protocol === 'http:') {
    return `"${text}" uses http:, which is not allowed; use the https:// address of the page`;
  }
  if (url.protocol !== 'https:') {
    return `"${text}" uses ${url.protocol}, which is not allowed; only https:// addresses are accepted`;
  }
  if (url.username || url.password) {
    return `"${text}" contains a user name or password; remove them from the address`;
  }
  return hostProblem(text, url);
}

/** A full https:// address on a public host. */
export function httpsUrl(description: string) {
  return z
    .string({ error: 'expected a web address as text, starting with https://' })
    .max(URL_MAX_LENGTH)
    .superRefine((text, ctx) => {
      // An overlong address gets zod's length message alone.
      const problem = text.length > URL_MAX_LENGTH ? undefined : httpsUrlProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .meta({
      description: `${description} At most ${URL_MAX_LENGTH.toLocaleString('en-GB')} characters.`,
      format: 'uri',
    });
}
