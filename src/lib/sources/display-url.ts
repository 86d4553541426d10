/**
 * How a web address is shown as link text. The raw string is never shown: in
 * `https://www.gov.uk⁄login.evil.example/` the U+2044 FRACTION SLASH looks like a path, but the
 * host is `www.gov.uk⁄login.evil.example`, and a Cyrillic `а` in `аpple.com` is another domain
 * (issue 14, item 6). A host is shown in Unicode only when every label is written in one script
 * with nothing but letters, digits and hyphens; otherwise in its punycode form (`xn--…`), which is
 * what the browser will really open.
 * https://www.unicode.org/reports/tr39/#Mixed_Script_Detection
 */
import { domainToUnicode } from 'node:url';

// Scripts a host label may be written in. Han, Hiragana and Katakana count as one: Japanese
// names mix them.
const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Han', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u],
];

/** Scripts with letters that pass for Latin ones (а, е, о, р, с, ο, ν, օ …). */
const LATIN_LOOK_ALIKES = new Set(['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian']);

/** The script of each label, or undefined for a label that mixes scripts or holds anything else. */
function labelScript(label: string): string | undefined {
  let found: string | undefined = 'none';
  for (const char of label) {
    if (/[0-9-]/.test(char)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0];
    if (script === undefined || (found !== 'none' && script !== found)) return undefined;
    found = script;
  }
  return found;
}

/**
 * The host as readers should see it: Unicode when it is unambiguous, punycode otherwise. Unicode
 * needs every label in one script, and a host written in a script with Latin look-alikes must be
 * in that script throughout (`аррӏе.com`, all Cyrillic but for `com`, stays punycode; `пример.рф`
 * is shown as written).
 */
export function displayHost(hostname: string): string {
  if (!hostname.split('.').some((label) => label.startsWith('xn--'))) return hostname;
  const unicode = domainToUnicode(hostname);
  if (unicode === '') return hostname;
  const scripts = new Set<string>();
  for (const label of unicode.split('.')) {
    const script = labelScript(label);
    if (script === undefined) return hostname;
    if (script !== 'none') scripts.add(script);
  }
  const lookAlikes = [...scripts].filter((script) => LATIN_LOOK_ALIKES.has(script));
  return lookAlikes.length > 1 ? hostname : unicode;
}

/**
 * The address as link text: the parsed host (see `displayHost`) with the parsed path, query and
 * fragment, which the parser has already percent-encoded. Unparseable text is returned as is;
 * the schema never lets one through.
 */
export function displayUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  const port = url.port ? `:${url.port}` : '';
  return `${url.protocol}//${displayHost(url.hostname)}${port}${url.pathname}${url.search}${url.hash}`;
}
