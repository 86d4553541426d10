/**
 * Web addresses. Only `https:` is accepted: a `javascript:` or `data:` URL in a source would run
 * or smuggle content on the published site, and a plain `http:` link leaks the reader's visit and
 * can be rewritten in transit.
 */
import { z } from 'astro/zod';

/** Why `text` is not an acceptable https URL, or undefined when it is. */
export function httpsUrlProblem(text: string): string | undefined {
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
  if (!url.hostname.includes('.')) {
    return `"${text}" has no public host name; write the page's full https:// address`;
  }
  return undefined;
}

/** A full https:// address. */
export function httpsUrl(description: string) {
  return z
    .string({ error: 'expected a web address as text, starting with https://' })
    .superRefine((text, ctx) => {
      const problem = httpsUrlProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .meta({ description, format: 'uri' });
}
