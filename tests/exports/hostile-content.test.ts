/**
 * A content string full of quotes, commas, line breaks, `</script>`, formula starters and LaTeX
 * specials, and a reference to an entry that does not exist, through every /data/ format: each
 * file still parses with a consumer's parser and validates against its schema, and the string
 * comes back intact (CSV with its documented apostrophe, BibTeX with its line break as a space).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckedContent } from '../../src/lib/check-content.ts';
import { buildDataExports, csvPath, type DataExports } from '../../src/lib/exports/files.ts';
import { csvHeader } from '../../src/lib/exports/csv-tables.ts';
import { materialise, type TempProject } from '../helpers/fixture-content.ts';
import { parseBibtex, parseCsl, parseCsv, schemaValidators } from './consumers.ts';

/** Everything that breaks a naive CSV, JSON-in-HTML, spreadsheet or BibTeX writer. */
const HOSTILE = '=cmd|\' /C calc\'!A0 said "no", then\nsecond line </script><!-- {braces} 50% & \\ #1 a_b ~ ^ -- end';
/** The same in a title: titles and names are one line, with no control characters (src/schemas/text.ts). */
const HOSTILE_LABEL = HOSTILE.replace('\n', ' ');
const FORMULA_PUBLISHER = '+Ministry, "of" Tests';
const MISSING_ID = 'no-such-actor';

let project: TempProject;
let checked: CheckedContent;
let exports: DataExports;

/** Replace one frontmatter line of a fixture file; values are written as JSON strings, which YAML reads. */
function setField(relativePath: string, field: string, value: string): void {
  const file = path.join(project.root, relativePath);
  const text = readFileSync(file, 'utf8');
  const line = new RegExp(`^${field}: .*$`, 'm');
  if (!line.test(text)) throw new Error(`${relativePath} has no ${field}`);
  project.write(
    relativePath,
    text.replace(line, () => `${field}: ${value}`),
  );
}

/** Add frontmatter lines just before the closing `---` of a fixture file. */
function addFrontmatter(relativePath: string, yaml: string): void {
  const file = path.join(project.root, relativePath);
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 3);
  project.write(relativePath, `${text.slice(0, end)}\n${yaml.trimEnd()}${text.slice(end)}`);
}

beforeAll(async () => {
  project = materialise();
  // Written newest first: the exports must not trust the order.
  addFrontmatter(
    'content/timeline/announcement.md',
    [
      'updates:',
      '  - { date: 2024-04-02, kind: correction, summary: "We said 24 March; it was 25 March.", sources: [gov-release] }',
      '  - { date: 2024-03-28, summary: "Added the ministry as an actor." }',
    ].join('\n'),
  );
  setField('content/sources/gov-release.md', 'title', JSON.stringify(HOSTILE_LABEL));
  setField('content/sources/gov-release.md', 'publisher', JSON.stringify(FORMULA_PUBLISHER));
  setField('content/actors/jane-doe.md', 'role', JSON.stringify(HOSTILE));
  setField('content/quotes/doe-statement.md', 'text', JSON.stringify(HOSTILE));
  setField('content/quotes/doe-statement.md', 'about', `[ministry, ${MISSING_ID}]`);
  setField('content/timeline/announcement.md', 'title', JSON.stringify(`-${HOSTILE_LABEL}`));
  checked = await checkContent({ contentDir: project.contentDir, projectRoot: project.root });
  exports = buildDataExports(checked.index, 'Hostile "site", <name>');
});

afterAll(() => project.cleanup());

const body = (filePath: string) => exports.byPath.get(filePath)!.body;

describe('hostile content through every /data/ format', () => {
  it('reaches the exports: the only problem the checker sees is the broken reference', () => {
    expect(checked.diagnostics.map((d) => d.message).join('\n')).toContain(MISSING_ID);
    expect(checked.index.byId.get('doe-statement')).toBeDefined();
  });

  it('keeps the string intact in JSON, and publishes the broken reference as unresolved', () => {
    const quote = JSON.parse(body('data/quotes/doe-statement.json')) as { data: Record<string, unknown> };
    expect(quote.data['text']).toBe(HOSTILE);
    expect(quote.data['about']).toEqual([
      { id: 'ministry', name: 'Ministry of Tests', url: '/actors/ministry/' },
      { id: MISSING_ID, name: null, url: null },
    ]);
    const sources = JSON.parse(body('data/sources.json')) as {
      records: { name: string; data: { publisher: string } }[];
    };
    expect(sources.records[0]!.name).toBe(HOSTILE_LABEL);
    expect(sources.records[0]!.data.publisher).toBe(FORMULA_PUBLISHER);
    const index = JSON.parse(body('data/index.json')) as { title: string };
    expect(index.title).toBe('Hostile "site", <name>: casefile dataset');
  });

  it("publishes each entry's update log and its latest date, whatever order it was written in", () => {
    const event = JSON.parse(body('data/timeline/announcement.json')) as {
      lastUpdated: string | null;
      data: { updates: { date: string; kind: string }[] };
    };
    expect(event.lastUpdated).toBe('2024-04-02');
    expect(event.data.updates.map((update) => [update.date, update.kind])).toEqual([
      ['2024-03-28', 'update'],
      ['2024-04-02', 'correction'],
    ]);
    const quote = JSON.parse(body('data/quotes/doe-statement.json')) as { lastUpdated: string | null };
    expect(quote.lastUpdated).toBeNull();
    expect((JSON.parse(body('data/index.json')) as { lastUpdated: string }).lastUpdated).toBe('2024-04-02');
    const [header, ...rows] = parseCsv(body(csvPath('timeline')));
    expect(rows[0]![header!.indexOf('last_updated')]).toBe('2024-04-02');
  });

  it('validates every JSON file against its schema even so', () => {
    const validatorFor = schemaValidators(exports);
    for (const file of exports.files.filter((entry) => entry.schema !== null)) {
      const validate = validatorFor(file.schema!);
      expect(validate(JSON.parse(file.body)), `${file.path}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('round-trips through CSV, with formula-like cells neutralised by a leading apostrophe', () => {
    const [header, ...rows] = parseCsv(body(csvPath('quotes')));
    const text = rows[0]![header!.indexOf('text')];
    expect(text).toBe(`'${HOSTILE}`);
    expect(rows[0]![header!.indexOf('about')]).toBe(`ministry; ${MISSING_ID}`);

    const [sourceHeader, ...sourceRows] = parseCsv(body(csvPath('sources')));
    expect(sourceHeader).toEqual(csvHeader('sources'));
    expect(sourceRows[0]![sourceHeader!.indexOf('title')]).toBe(`'${HOSTILE_LABEL}`);
    expect(sourceRows[0]![sourceHeader!.indexOf('publisher')]).toBe(`'${FORMULA_PUBLISHER}`);

    const [eventHeader, ...eventRows] = parseCsv(body(csvPath('timeline')));
    expect(eventRows[0]![eventHeader!.indexOf('title')]).toBe(`'-${HOSTILE_LABEL}`);
    // The line break inside a quoted field is the content's own LF; rows end with CRLF.
    expect(body(csvPath('quotes'))).toContain('then\nsecond line');
  });

  it('round-trips through CSL-JSON and BibTeX, parsed by citation-js', async () => {
    const [item] = parseCsl(body('data/sources.csl.json'));
    expect(item!['title']).toBe(HOSTILE_LABEL);
    expect(item!['publisher']).toBe(FORMULA_PUBLISHER);

    const bib = body('data/sources.bib');
    // Nothing in the value can close the entry early: braces inside it are escaped.
    expect(bib).toContain('\\{braces\\}');
    const [entry] = await parseBibtex(bib);
    expect(entry!['citation-key']).toBe('gov-release');
    expect(entry!['title']).toBe(HOSTILE_LABEL);
    expect(entry!['publisher']).toBe(FORMULA_PUBLISHER);
  });

  it('is byte-identical when generated again', () => {
    const again = buildDataExports(checked.index, 'Hostile "site", <name>');
    expect(again.files.every((file, index) => file.body === exports.files[index]!.body)).toBe(true);
  });
});
