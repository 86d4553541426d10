/**
 * The consumers' parsers the export tests read the files with: ajv for JSON Schema, papaparse for
 * CSV, citation-js for CSL-JSON and BibTeX. None of them is the project's own code.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import Papa from 'papaparse';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { DataExports } from '../../src/lib/exports/files.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** A validator for each published schema, keyed by its path ("data/schema/actor.schema.json"). */
export function schemaValidators(exports: DataExports): (schemaPath: string) => ValidateFunction {
  const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
  const compiled = new Map<string, ValidateFunction>();
  return (schemaPath) => {
    let validate = compiled.get(schemaPath);
    if (!validate) {
      const file = exports.byPath.get(schemaPath);
      if (!file) throw new Error(`no schema at ${schemaPath}`);
      validate = ajv.compile(JSON.parse(file.body) as object);
      compiled.set(schemaPath, validate);
    }
    return validate;
  };
}

/** The rows of a CSV file as papaparse reads them, after the byte-order mark a reader skips. */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('the CSV has no byte-order mark');
  const result = Papa.parse<string[]>(text.slice(1), { header: false, skipEmptyLines: true, newline: '\r\n' });
  if (result.errors.length > 0) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.data;
}

/** CSL items as citation-js reads them. */
export function parseCsl(text: string): Record<string, unknown>[] {
  return new Cite(JSON.parse(text) as unknown, { forceType: '@csl/list+object' }).data;
}

/** BibTeX entries as citation-js reads them, converted to CSL items. */
export async function parseBibtex(text: string): Promise<Record<string, unknown>[]> {
  return (await Cite.async(text, { forceType: '@bibtex/text' })).data;
}

/** A formatted bibliography, to show the CSL items are usable by a CSL processor. */
export function formatBibliography(items: unknown): string {
  return new Cite(items).format('bibliography', { format: 'text', template: 'apa' });
}
