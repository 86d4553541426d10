/**
 * The schemas' editor-facing messages. Each case breaks one field of a valid entry and pins the
 * exact line the editor sees: file, line, column, message and rule.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/entity-ref.ts';
import { BASE } from '../helpers/fixture-content.ts';
import { loadText } from '../helpers/load-text.ts';

const VALID: Record<CollectionName, string> = {
  story: 'story/overview.md',
  actors: 'actors/jane-doe.md',
  sanctions: 'sanctions/test-designation.md',
  quotes: 'quotes/doe-statement.md',
  timeline: 'timeline/announcement.md',
  sources: 'sources/gov-release.md',
};

function valid(collection: CollectionName): string {
  return readFileSync(path.join(BASE, 'content', VALID[collection]), 'utf8');
}

/** The valid entry with one line replaced (or removed when `to` is undefined). */
function mutate(collection: CollectionName, from: string, to: string | undefined): string {
  const text = valid(collection);
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line === from);
  if (index === -1) throw new Error(`fixture line not found: ${from}`);
  if (to === undefined) lines.splice(index, 1);
  else lines[index] = to;
  return lines.join('\n');
}

describe('valid fixtures', () => {
  it.each(COLLECTION_NAMES)('%s: the base fixture loads with no problems', (collection) => {
    const { loaded, messages } = loadText(collection, valid(collection));
    expect(messages).toEqual([]);
    expect(loaded.entity?.collection).toBe(collection);
  });

  it('applies defaults and keeps dates as the strings the editor wrote', () => {
    const { loaded } = loadText('quotes', valid('quotes'));
    const data = loaded.entity?.data as Record<string, unknown>;
    expect(data['fragment']).toBe(false);
    expect(data['language']).toBe('en');
    expect(data['date']).toBe('2024-03-25');
  });

  it('turns a bare YAML year back into text', () => {
    const { loaded, messages } = loadText(
      'timeline',
      mutate('timeline', 'date: 2024-03-25', 'date: 2024').replace('precision: day', 'precision: year'),
    );
    expect(messages).toEqual([]);
    expect((loaded.entity?.data as { date: unknown }).date).toBe('2024');
  });
});

const cases: [string, CollectionName, string, string | undefined, string][] = [
  [
    'missing required field',
    'quotes',
    'speaker: jane-doe',
    undefined,
    'content/quotes/entry.md:2:1  speaker: this field is required but missing. Add it: Who said it: an actor id (a person, or a body when a spokesperson spoke for it).  [missing-field]',
  ],
  [
    'unknown field with suggestion',
    'quotes',
    'occasion: Press conference',
    'ocasion: Press conference',
    'content/quotes/entry.md:2:1  occasion: this field is required but missing. Add it: Where or how it was said, e.g. "IPAC press conference, London" or "DOJ press release". At most 300 characters.  [missing-field]\ncontent/quotes/entry.md:5:1  unknown field "ocasion". Did you mean "occasion"? Allowed here: speaker, speakerRole, jointWith, text, fragment, date, timeZone, occasion, language, about, textNote, sources, provenance, updates  [unknown-field]',
  ],
  [
    'id with capitals and spaces',
    'quotes',
    'speaker: jane-doe',
    'speaker: Jane Doe',
    'content/quotes/entry.md:2:10  speaker: "Jane Doe" is not valid here: ids use only lowercase a-z, 0-9 and single hyphens, e.g. "david-cameron". Did you mean "jane-doe"?  [invalid-field]',
  ],
  [
    'number where text is expected',
    'quotes',
    'text: We will test everything.',
    'text: 42',
    'content/quotes/entry.md:3:7  text: expected text, but found the number 42. Put the value in quotes. The words exactly as the source prints them, without surrounding quotation marks. Never paraphrase. At most 4,000 characters.  [invalid-field]',
  ],
  [
    'impossible date',
    'quotes',
    'date: 2024-03-25',
    'date: 2024-02-30',
    'content/quotes/entry.md:4:7  date: "2024-02-30" is not a real date: February 2024 has 29 days  [invalid-field]',
  ],
  [
    'no month 13',
    'quotes',
    'date: 2024-03-25',
    'date: 2024-13',
    'content/quotes/entry.md:4:7  date: "2024-13" is not a real date: there is no month 13  [invalid-field]',
  ],
  [
    'date in words',
    'quotes',
    'date: 2024-03-25',
    'date: 25 March 2024',
    'content/quotes/entry.md:4:7  date: "25 March 2024" is not a partial ISO date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-03-25), or a range such as 2021-08/2022-10  [invalid-field]',
  ],
  [
    'range where a single date is expected',
    'quotes',
    'date: 2024-03-25',
    'date: 2024-03/2024-04',
    'content/quotes/entry.md:4:7  date: "2024-03/2024-04" is a range, but this field takes a single date (YYYY, YYYY-MM or YYYY-MM-DD)  [invalid-field]',
  ],
  ['boolean as text', 'quotes', 'text: We will test everything.', 'text: yes', ''],
  [
    'enum typo',
    'actors',
    'kind: person',
    'kind: persn',
    'content/actors/entry.md:3:7  kind: "persn" is not allowed. Did you mean "person"? Use one of: person, state, government-body, regulator, legislature, court, company, threat-group, advocacy-group, organisation  [invalid-field]',
  ],
  [
    'title without any date',
    'actors',
    '    from: 2020-01',
    undefined,
    'content/actors/entry.md:6:5  titles[0]: give "Minister" a date: from, to, or asOf (a day it is known to have been held)  [invalid-field]',
  ],
  [
    'unknown nested field',
    'actors',
    '    relation: leads',
    '    relaton: leads',
    'content/actors/entry.md:11:5  affiliations[0].relation: this field is required but missing. Add it: How this actor relates to the other one: "<this actor> <relation> <other actor>", e.g. apt31 directed-by hubei-ssd.  [missing-field]\ncontent/actors/entry.md:12:5  affiliations[0]: unknown field "relaton". Did you mean "relation"? Allowed here: actor, relation, allegedBy, note, sources  [unknown-field]',
  ],
  [
    'http url',
    'sources',
    'url: https://example.gov/release',
    'url: http://example.gov/release',
    'content/sources/entry.md:4:6  url: "http://example.gov/release" uses http:, which is not allowed; use the https:// address of the page  [invalid-field]',
  ],
  [
    'data url',
    'sources',
    'url: https://example.gov/release',
    "url: 'data:text/html,<script>alert(1)</script>'",
    'content/sources/entry.md:4:6  url: "data:text/html,<script>alert(1)</script>" uses data:, which is not allowed; only https:// addresses are accepted  [invalid-field]',
  ],
  [
    'primary as text',
    'sources',
    'primary: true',
    'primary: "yes"',
    'content/sources/entry.md:8:10  primary: expected true or false, but found the text "yes". true when this is the original record of what it reports (a government release, Hansard, an indictment); false for reporting about it.  [invalid-field]',
  ],
  [
    'bad language tag',
    'sources',
    'primary: true',
    'primary: true\nlanguage: English',
    'content/sources/entry.md:9:11  language: "English" is not valid here: a language is a BCP 47 tag such as "en", "zh", "zh-Hans" or "en-GB".  [invalid-field]',
  ],
  [
    'designation without targets',
    'sanctions',
    'targets: [jane-doe]',
    undefined,
    'content/sanctions/entry.md:2:1  targets: a designation needs at least one target actor id  [invalid-field]',
  ],
  [
    'charges on a designation',
    'sanctions',
    'status: in-force',
    'status: in-force\ncharges:\n  - statute: 18 U.S.C. § 371\n    description: conspiracy',
    'content/sanctions/entry.md:10:3  charges: only an indictment has charges; remove them or set kind: indictment  [invalid-field]',
  ],
  [
    'unknown time zone',
    'timeline',
    'dateMeaning: announced',
    'dateMeaning: announced\ntimeZone: Mars/Olympus',
    'content/timeline/entry.md:6:11  timeZone: "Mars/Olympus" is not an IANA time zone name; use e.g. "Europe/London" or "Pacific/Auckland"  [invalid-field]',
  ],
  [
    'season on a day',
    'timeline',
    'dateMeaning: announced',
    'dateMeaning: announced\nqualifier: autumn',
    'content/timeline/entry.md:6:12  qualifier: "autumn" qualifies a year; use precision: year with a date such as 2020  [invalid-field]',
  ],
  [
    'state of knowledge status',
    'story',
    '    status: confirmed',
    '    status: proven',
    'content/story/entry.md:13:13  stateOfKnowledge[0].status: "proven" is not allowed. Use one of: confirmed, alleged, denied, unknown  [invalid-field]',
  ],
  ['empty list of key points', 'story', '  - text: A key point.', undefined, ''],
];

describe('editor-facing messages', () => {
  it.each(cases.filter(([, , , , expected]) => expected !== ''))('%s', (_name, collection, from, to, expected) => {
    const { loaded, messages } = loadText(collection, mutate(collection, from, to));
    expect(messages.join('\n')).toBe(expected);
    expect(loaded.entity).toBeUndefined();
  });

  it('reports YAML "yes" for text as text, not a boolean', () => {
    // YAML 1.2 reads yes as the string "yes", unlike YAML 1.1; the quote stays valid text.
    const { messages } = loadText('quotes', mutate('quotes', 'text: We will test everything.', 'text: yes'));
    expect(messages).toEqual([]);
  });

  it('reports a YAML syntax error with its line', () => {
    const { messages } = loadText(
      'quotes',
      mutate('quotes', 'occasion: Press conference', 'occasion: Press: conference'),
    );
    expect(messages).toEqual([
      'content/quotes/entry.md:5:11  YAML syntax: Nested mappings are not allowed in compact mappings; the value contains ": ", which YAML reads as another field; put the whole value in quotes: occasion: "Press: conference"  [yaml-syntax]',
    ]);
  });

  it('reports a duplicate key', () => {
    const { messages } = loadText(
      'quotes',
      mutate('quotes', 'occasion: Press conference', 'occasion: Press conference\noccasion: Again'),
    );
    expect(messages).toEqual([
      'content/quotes/entry.md:6:1  YAML syntax: Map keys must be unique; each field may appear once; delete or merge the repeated one  [yaml-syntax]',
    ]);
  });

  it('reports a file without frontmatter', () => {
    expect(loadText('quotes', 'Just text.\n').messages).toEqual([
      'content/quotes/entry.md:1:1  the file must start with a --- line, then the YAML frontmatter, then another --- line  [frontmatter-missing]',
    ]);
  });

  it('reports several problems of one entry in one run', () => {
    const text = mutate('quotes', 'date: 2024-03-25', 'date: 2024-02-30').replace('speaker: jane-doe', 'speaker: Jane');
    expect(loadText('quotes', text).messages).toHaveLength(2);
  });

  it('reports an empty key-point list', () => {
    const text = valid('story').replace(
      'keyPoints:\n  - text: A key point.\n    sources: [gov-release]\n',
      'keyPoints: []\n',
    );
    expect(loadText('story', text).messages).toEqual([
      'content/story/entry.md:8:12  keyPoints: give at least 1 item. The points a reader must take away, each sourced.  [invalid-field]',
    ]);
  });
});
