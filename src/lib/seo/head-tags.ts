/**
 * `<meta>` and `<link>` elements as HTML text, every attribute value fully escaped.
 *
 * Astro escapes `&` and `"` in attribute values, which is enough for a browser, but leaves `<`
 * and `>` as they are: a title such as `<script>alert(1)</script>` then shows up verbatim in
 * `og:title`, which scanners and naive readers of the HTML take for markup. Escaping all five
 * characters here keeps every content string inert to any reader.
 */
export type HeadTag =
  | { readonly tag: 'meta'; readonly attributes: Readonly<Record<string, string>> }
  | { readonly tag: 'link'; readonly attributes: Readonly<Record<string, string>> };

export function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

const NAME_PATTERN = /^[a-z][a-z:-]*$/;

export function headTagsHtml(tags: readonly HeadTag[]): string {
  return tags
    .map(({ tag, attributes }) => {
      const text = Object.entries(attributes)
        .map(([name, value]) => {
          if (!NAME_PATTERN.test(name)) throw new Error(`not an attribute name: "${name}"`);
          return ` ${name}="${escapeAttribute(value)}"`;
        })
        .join('');
      return `<${tag}${text}>`;
    })
    .join('');
}
