/**
 * The long-form sections of a rendered body, for the table of contents. The ids are the ones the
 * body pipeline gave the headings (src/markdown/rehype-heading-ids.ts: `section--…`), read back
 * from the sanitized HTML the loader stored, so the contents never invents an anchor.
 */

export interface Heading {
  readonly id: string;
  readonly text: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Every `<h2 id>` in the HTML, in order, with its text (inner tags dropped, entities decoded). */
export function sectionHeadings(html: string): Heading[] {
  const headings: Heading[] = [];
  for (const match of html.matchAll(/<h2\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g)) {
    const text = decodeEntities(match[2]!.replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    if (text !== '') headings.push({ id: decodeEntities(match[1]!), text });
  }
  return headings;
}
