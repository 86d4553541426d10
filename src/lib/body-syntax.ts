/**
 * The body syntax: entity mentions and citations written as remark-directive text directives.
 *
 * - `:actor[APT31]{#apt31}` — a mention: a link to the entry, labelled "APT31". Without `{#id}`
 *   the id is made from the label with the id rule, so `:actor[APT31]` also points at `apt31`.
 * - `:cite[ncsc]` — a citation: a numbered reference to a source.
 * - Anything else that remark-directive reads as a directive (`note:this`, `:::aside`) is put back
 *   as the text the editor wrote, because in prose a colon is usually just a colon.
 *
 * These functions rewrite the mdast tree in place and collect what the checker needs (references
 * with their positions, uncited paragraphs, problems). They know nothing of other entries, so the
 * same tree can be checked and then rendered without parsing the Markdown twice.
 * Syntax: https://talk.commonmark.org/t/generic-directives-plugins-syntax/444
 */
import type { Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { visit, SKIP } from 'unist-util-visit';
import type { CollectionName } from '../schemas/entity-ref.ts';
import { sourceAnchorId } from './body-links.ts';
import { rawHtmlProblems } from './body-html.ts';
import type { Position, RuleId } from './diagnostics.ts';
import { generateId, idProblem } from './ids.ts';
import { closestMatch } from './suggest.ts';
import { MENTION_DIRECTIVES, type MentionName } from './mention-directives.ts';

export const CITE_DIRECTIVE = 'cite';
const KNOWN_NAMES = [...Object.keys(MENTION_DIRECTIVES), CITE_DIRECTIVE];

/** A mention or citation found in a body. Positions are 1-based, relative to the body. */
export interface BodyReference {
  readonly kind: 'mention' | 'citation';
  readonly id: string;
  /** For mentions, the collection the directive name points into; citations point at sources. */
  readonly collection: CollectionName;
  readonly position: Position;
  /** A mention's label as plain text, so the checker can compare it with the target's names. */
  readonly label?: string;
}

export interface BodyProblem {
  readonly rule: RuleId;
  readonly message: string;
  readonly position: Position;
}

/** What the checker and the pages need from a body. */
export interface BodyFacts {
  readonly references: BodyReference[];
  /** Source ids in order of first citation; a source's number is its index + 1. */
  readonly citations: string[];
  /** Paragraphs that contain no citation. */
  readonly uncitedParagraphs: Position[];
  readonly problems: BodyProblem[];
}

type Directive = TextDirective | LeafDirective | ContainerDirective;

function positionOf(node: { position?: { start: { line: number; column: number } } | undefined }): Position {
  return node.position
    ? { line: node.position.start.line, column: node.position.start.column }
    : { line: 1, column: 1 };
}

function isDirective(node: RootContent): node is Directive {
  return node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';
}

/** Plain text of a label, for ids made from labels. */
function labelText(node: Directive): string {
  let text = '';
  visit(node, 'text', (child: Text) => {
    text += child.value;
  });
  return text;
}

/**
 * The source text of a directive's opening, up to its label: ":name", "::name", ":::name".
 * Everything the editor typed is kept; only the directive is undone.
 */
function restore(node: Directive, source: string): RootContent[] {
  const colons = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (node.type === 'textDirective') {
    const raw = start !== undefined && end !== undefined ? source.slice(start, end) : `${colons}${node.name}`;
    const hasLabel = raw.startsWith(`${colons}${node.name}[`);
    if (!hasLabel) return [{ type: 'text', value: raw }];
    // Keep the parsed label (emphasis, links) and restore only the punctuation around it.
    const attributes = raw.slice(raw.lastIndexOf(']') + 1);
    return [
      { type: 'text', value: `${colons}${node.name}[` },
      ...(node.children as PhrasingContent[]),
      { type: 'text', value: `]${attributes}` },
    ];
  }
  // Leaf and container directives are block-level: restore their first line as a paragraph and
  // keep any content they wrapped.
  const firstLine = start !== undefined ? source.slice(start).split('\n')[0]! : `${colons}${node.name}`;
  const opening: RootContent = { type: 'paragraph', children: [{ type: 'text', value: firstLine }] };
  if (node.type === 'leafDirective') return [opening];
  const body = node.children.filter(
    (child) => !(child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel,
  );
  return [opening, ...(body as RootContent[]), { type: 'paragraph', children: [{ type: 'text', value: ':::' }] }];
}

/**
 * Rewrite directives in `tree` and collect the body's facts.
 *
 * @param source the Markdown text the tree was parsed from (to restore unknown directives exactly)
 */
export function analyseBody(tree: Root, source: string): BodyFacts {
  const facts: BodyFacts = { references: [], citations: [], uncitedParagraphs: [], problems: [] };
  const citationCounts = new Map<string, number>();

  visit(tree, (node, index, parent: Parent | undefined) => {
    if (!parent || index === undefined || !isDirective(node as RootContent)) return undefined;
    const directive = node as Directive;
    const position = positionOf(directive);
    const known = KNOWN_NAMES.includes(directive.name);

    if (!known || directive.type !== 'textDirective') {
      const close = known ? directive.name : closestMatch(directive.name, KNOWN_NAMES);
      if (close !== undefined && (known || directive.children.length > 0 || directive.attributes?.['id'])) {
        facts.problems.push({
          rule: 'unknown-directive',
          position,
          message: known
            ? `":${directive.name}" takes one colon and sits inside a sentence; it was left as text`
            : `":${directive.name}" is not a directive and was left as text. Did you mean ":${close}"?`,
        });
      }
      const replacement = restore(directive, source);
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      // Visit the restored label content (it may hold real mentions), starting at the same index.
      return [SKIP, index];
    }

    if (directive.name === CITE_DIRECTIVE) {
      const id = labelText(directive).trim();
      if (id === '') {
        facts.problems.push({
          rule: 'empty-mention',
          position,
          message: 'an empty :cite[] cites nothing; write the source id inside the brackets',
        });
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      // An id that breaks the id rule can name no source: report it as such, and never let it
      // reach a fix hint that would echo it as a file to create (issue 14, item 8).
      const badId = idProblem(id);
      if (badId !== undefined) {
        facts.problems.push({ rule: 'invalid-id', position, message: `:cite id: ${badId}` });
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      let number = facts.citations.indexOf(id) + 1;
      if (number === 0) number = facts.citations.push(id);
      const occurrence = (citationCounts.get(id) ?? 0) + 1;
      citationCounts.set(id, occurrence);
      facts.references.push({ kind: 'citation', id, collection: 'sources', position });
      directive.data = {
        hName: 'sup',
        hProperties: { className: ['citation'] },
        hChildren: [
          {
            type: 'element',
            tagName: 'a',
            properties: { href: `#${sourceAnchorId(number)}`, dataCitation: `${number}-${occurrence}` },
            children: [{ type: 'text', value: `[${number}]` }],
            // The renderer trusts a marker only on an element standing where a directive stood
            // in the source (src/markdown/rehype-casefile-links.ts), so this one needs a place.
            ...(directive.position ? { position: directive.position } : {}),
          },
        ],
      };
      return SKIP;
    }

    const collection = MENTION_DIRECTIVES[directive.name as MentionName];
    const label = labelText(directive).trim();
    const explicit = directive.attributes?.['id'] ?? undefined;
    const id = explicit ?? generateId(label);
    if (label === '' || id === '') {
      facts.problems.push({
        rule: 'empty-mention',
        position,
        message:
          label === ''
            ? `a :${directive.name} mention needs a label: write :${directive.name}[Name]{#id}`
            : `cannot make an id from the label "${label}"; add one: :${directive.name}[${label}]{#id}`,
      });
    }
    if (explicit !== undefined && explicit !== '' && idProblem(explicit)) {
      facts.problems.push({ rule: 'invalid-id', position, message: `mention id: ${idProblem(explicit)}` });
    } else if (id !== '') {
      facts.references.push({ kind: 'mention', id, collection, position, label });
    }
    directive.data = {
      hName: 'a',
      hProperties: { className: ['mention', `mention-${directive.name}`], dataEntity: `${collection}/${id}` },
    };
    return SKIP;
  });

  visit(tree, 'paragraph', (paragraph, _index, parent) => {
    if (parent?.type === 'blockquote') return SKIP;
    let cited = false;
    visit(paragraph, 'textDirective', (child: TextDirective) => {
      if (child.name === CITE_DIRECTIVE) cited = true;
    });
    if (!cited) facts.uncitedParagraphs.push(positionOf(paragraph));
    return SKIP;
  });

  facts.problems.push(...rawHtmlProblems(tree));

  return facts;
}
