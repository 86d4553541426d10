/**
 * Turn Zod issues into messages for editors: which field, what is wrong with the value they wrote,
 * and what to write instead. Like Starlight's `utils/error-map.ts`, but each message also carries
 * the position of the field in the file. The tests pin every message.
 */
import type { z } from 'astro/zod';
import { generateId } from '../ids.ts';
import { referenceRegistry } from '../../schemas/entity-ref.ts';
import { descriptionOf, fieldNames, formatPath, isOptionalField, schemaAtPath, unwrap } from '../schema-walk.ts';
import { didYouMean } from '../suggest.ts';
import type { Position, RuleId } from '../diagnostics.ts';
import type { ParsedFrontmatter } from './frontmatter.ts';

type Issue = z.core.$ZodIssue;

export interface SchemaProblem {
  readonly rule: RuleId;
  readonly message: string;
  readonly position: Position;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  null: 'nothing',
  undefined: 'nothing',
};

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text "${truncate(value)}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a set of fields';
    default:
      return typeof value;
  }
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Convert the issues of one failed parse. `root` is the entry's schema, `data` the raw YAML data. */
export function schemaProblems(
  issues: readonly Issue[],
  root: z.core.$ZodType,
  data: unknown,
  frontmatter: ParsedFrontmatter,
): SchemaProblem[] {
  return issues.flatMap((issue) => problemsFor(issue, root, data, frontmatter));
}

function problemsFor(issue: Issue, root: z.core.$ZodType, data: unknown, fm: ParsedFrontmatter): SchemaProblem[] {
  const path = issue.path as PropertyKey[];
  const field = formatPath(path);
  const label = field === '' ? 'frontmatter' : field;
  const input = valueAt(data, path);
  const schema = schemaAtPath(root, path);
  const help = schema ? descriptionOf(schema) : undefined;
  const at = fm.locate(path);

  if (issue.code !== 'unrecognized_keys' && issue.code !== 'custom' && path.length > 0 && input === undefined) {
    if (schema && !isOptionalField(schema)) {
      return [
        {
          rule: 'missing-field',
          position: fm.locate(path.slice(0, -1)),
          message: `${label}: this field is required but missing.${help ? ` Add it: ${help}` : ''}`,
        },
      ];
    }
  }

  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = fieldNames(schemaAtPath(root, path));
      return issue.keys.map((key) => ({
        rule: 'unknown-field' as const,
        position: fm.locateKey(path, key),
        message: `${field === '' ? '' : `${field}: `}unknown field "${key}".${didYouMean(key, allowed)} Allowed here: ${allowed.join(', ')}`,
      }));
    }
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      const quoteHint =
        issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')
          ? ' Put the value in quotes.'
          : '';
      return [
        {
          rule: 'invalid-field',
          position: at,
          message: `${label}: expected ${expected}, but found ${describeValue(input)}.${quoteHint}${help ? ` ${help}` : ''}`,
        },
      ];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const written = typeof input === 'string' ? `"${truncate(input)}"` : describeValue(input);
      return [
        {
          rule: 'invalid-field',
          position: at,
          message: `${label}: ${written} is not allowed.${typeof input === 'string' ? didYouMean(input, allowed) : ''} Use one of: ${allowed.join(', ')}`,
        },
      ];
    }
    case 'invalid_format': {
      // Only id fields have a fix we can compute: the canonical id of what was written.
      const isId = schema !== undefined && referenceRegistry.has(unwrap(schema));
      const suggestion = isId && typeof input === 'string' ? generateId(input) : '';
      const fix = suggestion && suggestion !== input ? ` Did you mean "${suggestion}"?` : '';
      return [
        {
          rule: 'invalid-field',
          position: at,
          message: `${label}: "${truncate(String(input))}" is not valid here: ${issue.message}.${fix}`,
        },
      ];
    }
    case 'too_small': {
      const message =
        issue.origin === 'array'
          ? `give at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
          : issue.origin === 'string'
            ? 'must not be empty'
            : `must be at least ${issue.minimum}`;
      return [{ rule: 'invalid-field', position: at, message: `${label}: ${message}.${help ? ` ${help}` : ''}` }];
    }
    case 'too_big': {
      const message =
        issue.origin === 'string'
          ? `is ${typeof input === 'string' ? input.trim().length.toLocaleString('en-GB') : 'more than'} characters long; the limit is ${issue.maximum.toLocaleString('en-GB')}. Shorten it`
          : `must be at most ${issue.maximum}`;
      return [{ rule: 'invalid-field', position: at, message: `${label}: ${message}` }];
    }
    case 'invalid_union':
      return [{ rule: 'invalid-field', position: at, message: `${label}: ${describeValue(input)} does not match any allowed form.${help ? ` ${help}` : ''}` }];
    default:
      return [{ rule: 'invalid-field', position: at, message: `${label}: ${issue.message}` }];
  }
}
