/** Shorten text for a list or a title without cutting a word in half. */

/**
 * `text` if it fits in `max` characters, else the longest run of whole words that fits with an
 * ellipsis after it (trailing punctuation dropped). A single word longer than `max` is kept
 * whole: a long word is better than half of one.
 */
export function truncateAtWord(text: string, max: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max); // leave one character for the ellipsis
  const cut = room.lastIndexOf(' ');
  if (cut <= 0) {
    const firstSpace = clean.indexOf(' ');
    return firstSpace === -1 ? clean : `${clean.slice(0, firstSpace)}…`;
  }
  return `${clean.slice(0, cut).replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/**
 * Text for a `<meta name="description">`: shortened at a word boundary, and with angle brackets
 * swapped for look-alikes. Astro escapes quotes and ampersands in attributes but leaves `<` and `>`
 * as they are; that is valid HTML, but a description is a plain sentence, and a hostile entry's
 * "<script>" should not appear in the page's source even inside an attribute.
 */
export function metaDescription(text: string, max: number): string {
  return truncateAtWord(text, max).replace(/</g, '‹').replace(/>/g, '›');
}
