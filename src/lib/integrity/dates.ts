/**
 * Rules `date-range-reversed` and `date-precision-mismatch`. The schema checks each date on its
 * own (2024-02-30 is rejected there); these rules compare a date with its neighbours: the two
 * ends of a range, a from/to pair, and a date with its stated precision.
 */
import { collectionSchemas } from '../../schemas/collections.ts';
import { dateRegistry, type Precision } from '../../schemas/partial-date.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { endsBeforeStart, isReversedRange, parsePartialDate, precisionOf } from '../partial-date.ts';
import { findRegisteredFields, formatPath, isString } from '../schema-walk.ts';
import type { Entity } from '../content/load-entry.ts';
import type { IntegrityRule } from './check-context.ts';

function fixFor(stated: Precision, text: string): string {
  const [start] = text.split('/');
  const [year, month] = start!.split('-');
  switch (stated) {
    case 'year':
      return `write the date as ${year}, or set precision: ${precisionOf(parsePartialDate(text))}`;
    case 'month':
      return month
        ? `write the date as ${year}-${month}, or set precision: ${precisionOf(parsePartialDate(text))}`
        : `add the month (YYYY-MM), or set precision: year`;
    case 'day':
      return `write the full day (YYYY-MM-DD), or set precision: ${precisionOf(parsePartialDate(text))}`;
    case 'range':
      return `write the date as START/END (e.g. 2021-08/2022-10), or set precision: ${precisionOf(parsePartialDate(text))}`;
  }
}

function entityProblems(entity: Entity): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const dates = findRegisteredFields(collectionSchemas[entity.collection], entity.data, dateRegistry, isString);
  const byParent = new Map<string, Map<string, { path: (string | number)[]; text: string }>>();

  for (const { path, value } of dates) {
    const parsed = parsePartialDate(value);
    if (isReversedRange(parsed)) {
      problems.push(
        diagnostic(
          entity.file,
          entity.locate(path),
          'date-range-reversed',
          `${formatPath(path)}: the range "${value}" ends before it starts; put the earlier date first`,
        ),
      );
    }
    const parentKey = formatPath(path.slice(0, -1));
    const siblings = byParent.get(parentKey) ?? new Map();
    siblings.set(String(path.at(-1)), { path: [...path], text: value });
    byParent.set(parentKey, siblings);
  }

  for (const siblings of byParent.values()) {
    const from = siblings.get('from');
    const to = siblings.get('to');
    if (from && to && endsBeforeStart(parsePartialDate(from.text), parsePartialDate(to.text))) {
      problems.push(
        diagnostic(
          entity.file,
          entity.locate(to.path),
          'date-range-reversed',
          `${formatPath(to.path)}: "${to.text}" is before from: "${from.text}"; swap them or fix the dates`,
        ),
      );
    }
  }

  const data = entity.data as { date?: unknown; precision?: Precision };
  if (typeof data.date === 'string' && data.precision) {
    const actual = precisionOf(parsePartialDate(data.date));
    if (actual !== data.precision) {
      problems.push(
        diagnostic(
          entity.file,
          entity.locate(['precision']),
          'date-precision-mismatch',
          `precision: says "${data.precision}" but the date "${data.date}" is ${actual === 'range' ? 'a range' : `a ${actual}`}; ${fixFor(data.precision, data.date)}`,
        ),
      );
    }
  }
  return problems;
}

export const checkDates: IntegrityRule = ({ index }) => index.all.flatMap(entityProblems);
