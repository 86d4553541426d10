/**
 * The columns of each CSV table. A spreadsheet wants one row per entry and flat cells, so nested
 * fields are flattened here by hand (the JSON files keep the full structure). References are ids;
 * lists are joined with "; " (csv.ts). Each table ends with the entry's last update and its page.
 */
import type { IndexableEntity } from '../content-index.ts';
import { entityHref } from '../routes.ts';
import { lastUpdated } from '../update-log.ts';
import type { CollectionData } from '../../schemas/collections.ts';
import type { CollectionName } from '../../schemas/entity-ref.ts';
import { toCsv, type CellValue } from './csv.ts';

/** The collections published as CSV. The story is one entry of prose, so it has no table. */
export const CSV_COLLECTIONS = ['actors', 'sanctions', 'quotes', 'timeline', 'sources'] as const;
export type CsvCollection = (typeof CSV_COLLECTIONS)[number];

interface Column<C extends CollectionName> {
  readonly header: string;
  readonly value: (data: CollectionData<C>) => CellValue;
}

type Table<C extends CollectionName> = readonly Column<C>[];

const col = <C extends CollectionName>(header: string, value: (data: CollectionData<C>) => CellValue): Column<C> => ({
  header,
  value,
});

type ActorTitle = CollectionData<'actors'>['titles'][number];

/** "Minister (ministry, from 2020-01)": the title with its body and dates, as far as they are known. */
function titleCell(title: ActorTitle): string {
  const details = [
    title.organisation,
    title.from && `from ${title.from}`,
    title.to && `to ${title.to}`,
    title.asOf && `as of ${title.asOf}`,
  ].filter(Boolean);
  return details.length === 0 ? title.title : `${title.title} (${details.join(', ')})`;
}

const TABLES: { readonly [C in CsvCollection]: Table<C> } = {
  actors: [
    col('name', (d) => d.name),
    col('kind', (d) => d.kind),
    col('native_name', (d) => d.nativeName?.text),
    col('native_name_language', (d) => d.nativeName?.language),
    col('aliases', (d) => d.aliases.map((alias) => alias.name)),
    col('country', (d) => d.country),
    col('role', (d) => d.role),
    col('titles', (d) => d.titles.map(titleCell)),
    col('affiliations', (d) => d.affiliations.map((a) => `${a.relation} ${a.actor}`)),
    col('external_ids', (d) => d.externalIds.map((e) => `${e.scheme}:${e.value}`)),
    col('sources', (d) => d.sources),
  ],
  sanctions: [
    col('title', (d) => d.title),
    col('kind', (d) => d.kind),
    col('authority', (d) => d.authority),
    col('targets', (d) => d.targets),
    col('basis', (d) => d.basis?.name),
    col('basis_citation', (d) => d.basis?.citation),
    col('list_references', (d) => d.listReferences.map((r) => `${r.target}: ${r.list} ${r.reference}`)),
    col('announced', (d) => d.announced),
    col('listed', (d) => d.listed),
    col('effective', (d) => d.effective),
    col('measures', (d) => d.measures),
    col('stated_reason', (d) => d.statedReason),
    col('status', (d) => d.status),
    col('court', (d) => d.court),
    col('charges', (d) => d.charges.map((c) => `${c.statute} (${c.description})`)),
    col('case_number', (d) => d.caseNumber),
    col('reward_amount', (d) => d.reward?.amount),
    col('reward_currency', (d) => d.reward?.currency),
    col('reward_up_to', (d) => d.reward?.upTo),
    col('sources', (d) => d.sources),
  ],
  quotes: [
    col('speaker', (d) => d.speaker),
    col('speaker_role', (d) => d.speakerRole),
    col('joint_with', (d) => d.jointWith),
    col('text', (d) => d.text),
    col('fragment', (d) => d.fragment),
    col('date', (d) => d.date),
    col('time_zone', (d) => d.timeZone),
    col('occasion', (d) => d.occasion),
    col('language', (d) => d.language),
    col('about', (d) => d.about),
    col('text_note', (d) => d.textNote),
    col('sources', (d) => d.sources),
  ],
  timeline: [
    col('title', (d) => d.title),
    col('date', (d) => d.date),
    col('precision', (d) => d.precision),
    col('qualifier', (d) => d.qualifier),
    col('time_zone', (d) => d.timeZone),
    col('date_meaning', (d) => d.dateMeaning),
    col('actors', (d) => d.actors),
    col('related', (d) => d.related),
    col('sources', (d) => d.sources),
  ],
  sources: [
    col('title', (d) => d.title),
    col('publisher', (d) => d.publisher),
    col('url', (d) => d.url),
    col('published', (d) => d.published),
    col('accessed', (d) => d.accessed),
    col('kind', (d) => d.kind),
    col('primary', (d) => d.primary),
    col('archive_url', (d) => d.archiveUrl),
    col('read_via', (d) => d.readVia.map((copy) => copy.url)),
    col('language', (d) => d.language),
    col('note', (d) => d.note),
  ],
};

/** The header row of a table: the id first, then its columns, then the last update and the page. */
export function csvHeader(collection: CsvCollection): string[] {
  return ['id', ...TABLES[collection].map((column) => column.header), 'last_updated', 'page'];
}

/** The cells of one entry's row, before encoding. */
export function csvRow<C extends CsvCollection>(entity: IndexableEntity<C>, base = '/'): CellValue[] {
  const table = TABLES[entity.collection] as Table<C>;
  return [
    entity.id,
    ...table.map((column) => column.value(entity.data)),
    lastUpdated(entity.data),
    entityHref(entity.collection, entity.id, base),
  ];
}

/** The CSV file of a collection, rows in the index's reading order. */
export function collectionCsv<C extends CsvCollection>(
  collection: C,
  entities: readonly IndexableEntity<C>[],
  base = '/',
): string {
  return toCsv(
    csvHeader(collection),
    entities.map((entity) => csvRow(entity, base)),
  );
}
