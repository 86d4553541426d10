/**
 * The allowlist for HTML in Markdown bodies, for rehype-sanitize.
 *
 * Bodies come from many hands and the site is public, so only what an explainer needs survives:
 * text structure, lists, tables, quotes, code, and links to http(s)/mailto addresses. Everything
 * else is removed: scripts, iframes, objects, SVG and MathML (which can carry script), forms,
 * `style` elements and attributes, every `on*` handler, and `javascript:`/`data:` URLs.
 * Elements in `strip` are removed with their content; other unknown elements are unwrapped and
 * only their text is kept.
 * https://github.com/syntax-tree/hast-util-sanitize#schema
 */
import type { Options as SanitizeSchema } from 'rehype-sanitize';

export const sanitizeSchema: SanitizeSchema = {
  strip: [
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'template',
    'noscript',
    'textarea',
    'select',
    'title',
    'xmp',
    'plaintext',
    'noembed',
    'noframes',
  ],
  tagNames: [
    'p',
    'br',
    'hr',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'em',
    'strong',
    'del',
    's',
    'ins',
    'code',
    'pre',
    'kbd',
    'sub',
    'sup',
    'abbr',
    'q',
    'span',
    'a',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'caption',
  ],
  attributes: {
    // No class or data attribute on links or superscripts: the mention and citation markers are
    // set aside before sanitizing and put back only where our directives stood
    // (rehype-casefile-links.ts), so hand-written ones are removed here.
    a: ['href', 'title'],
    abbr: ['title'],
    q: ['cite'],
    blockquote: ['cite'],
    ol: ['start', 'reversed'],
    th: ['scope', 'colSpan', 'rowSpan', ['align', 'left', 'center', 'right']],
    td: ['colSpan', 'rowSpan', ['align', 'left', 'center', 'right']],
    code: [['className', /^language-[\w-]+$/]],
    '*': ['lang', 'dir'],
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
  },
  ancestors: {
    li: ['ol', 'ul'],
    dt: ['dl'],
    dd: ['dl'],
    thead: ['table'],
    tbody: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
    caption: ['table'],
  },
  // No id or name survives from content, so nothing in a body can clobber DOM globals.
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};
