/**
 * `npm run new -- <kind> "<name or title>"` as a function, so tests can drive it with fake
 * streams; `new.ts` is the executable around it.
 *
 * In a terminal (stdin and stdout both TTYs) it asks for what is missing: the kind, the name, the
 * sources (picked from the existing ids, shown with their titles) and the date. Anywhere else it
 * takes flags only and never reads stdin, so a script or CI job cannot hang on a prompt.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { generateId } from '../lib/ids.ts';
import { writeEditorSchemas } from '../lib/json-schema/editor-schema-files.ts';
import { checkContent } from '../lib/check-content.ts';
import { duplicateProblem } from '../lib/scaffold/duplicates.ts';
import { DATE_FIELD, ENTRY_KINDS, isEntryKind, OFFERED_KINDS, type EntryKind } from '../lib/scaffold/entry-kinds.ts';
import { entryTemplate } from '../lib/scaffold/entry-template.ts';
import { readExistingEntries, type ExistingEntry } from '../lib/scaffold/existing-entries.ts';
import { didYouMean } from '../lib/suggest.ts';
import { partialDateProblem } from '../schemas/partial-date.ts';

export const USAGE = `usage: npm run new -- <${OFFERED_KINDS.join('|')}> "<name or title>" [--source <id>]… [--date <YYYY-MM-DD>]`;

export interface NewIo {
  readonly input: Readable;
  readonly output: Writable;
  /** True when both ends are a terminal: only then does the command ask questions. */
  readonly interactive: boolean;
}

/** A refusal: printed as one line, exit code 1. */
class Refusal extends Error {}

/** Ends a prompt when the editor presses Ctrl-D or the input closes. */
class InputClosed extends Error {}

export async function newCommand(args: string[], io: NewIo, cwd = process.cwd()): Promise<number> {
  const print = (line: string) => io.output.write(`${line}\n`);
  let prompts: Prompts | undefined;
  try {
    const { values, positionals } = parseArgs({
      args,
      options: {
        source: { type: 'string', multiple: true, default: [] },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    });
    if (values.help) {
      print(USAGE);
      return 0;
    }
    if (positionals.length > 2) throw new Refusal(`too many arguments; put the name in quotes. ${USAGE}`);
    prompts = io.interactive ? new Prompts(io) : undefined;
    const contentDir = path.join(cwd, 'content');
    const existing = await readExistingEntries(contentDir, cwd);

    const kind = await kindFrom(positionals[0], prompts);
    const collection = ENTRY_KINDS[kind];
    // Asked again in a terminal when the name cannot be used; refused outright otherwise.
    const nameProblem = (name: string): string | undefined => {
      const id = generateId(name);
      if (id === '') return `"${name}" has no letters or digits to make an id from; give a name in words`;
      return duplicateProblem(collection, id, name, existing);
    };
    const name = await nameFrom(positionals[1], kind, nameProblem, prompts);
    const id = generateId(name);

    if (values.date !== undefined && DATE_FIELD[collection] === undefined) {
      throw new Refusal(`an ${kind} has no date field; leave out --date`);
    }
    const sources = await sourcesFrom(values.source, existing, prompts);
    const date = DATE_FIELD[collection] === undefined ? undefined : await dateFrom(values.date, prompts);

    const file = `content/${collection}/${id}.md`;
    try {
      // 'wx' fails if the file appeared meanwhile: never overwrite an entry.
      await writeFile(path.join(cwd, file), entryTemplate({ collection, name, sources, date }), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new Refusal(`${file} already exists; edit it instead`);
      throw error;
    }
    print(`✔ wrote ${file}`);
    print('  Fill in every empty field (the comment above each says what goes there) and the body,');
    print('  then run npm run check: it names each field that is still empty.');
    await refreshEditorSchemas(cwd);
    return 0;
  } catch (error) {
    // parseArgs reports an unknown or malformed flag as a TypeError with a readable message.
    const badFlag =
      error instanceof TypeError && String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');
    if (error instanceof Refusal || badFlag) {
      print(`✖ ${(error as Error).message}`);
      return 1;
    }
    if (error instanceof InputClosed) {
      print('\n✖ cancelled; nothing was written');
      return 1;
    }
    throw error;
  } finally {
    prompts?.close();
  }
}

async function kindFrom(given: string | undefined, prompts: Prompts | undefined): Promise<EntryKind> {
  if (given !== undefined) {
    if (isEntryKind(given)) return given;
    throw new Refusal(
      `"${given}" is not a kind of entry; use ${OFFERED_KINDS.join(', ')}.${didYouMean(given, OFFERED_KINDS)}`,
    );
  }
  if (!prompts) throw new Refusal(`say which kind of entry to write. ${USAGE}`);
  return prompts.ask(`Kind of entry (${OFFERED_KINDS.join(', ')}): `, (answer) =>
    isEntryKind(answer)
      ? { value: answer }
      : { problem: `use one of ${OFFERED_KINDS.join(', ')}.${didYouMean(answer, OFFERED_KINDS)}` },
  );
}

async function nameFrom(
  given: string | undefined,
  kind: EntryKind,
  problemWith: (name: string) => string | undefined,
  prompts: Prompts | undefined,
): Promise<string> {
  const label =
    kind === 'actor' ? 'Name' : kind === 'quote' ? 'A short label for the quote (it becomes the file name)' : 'Title';
  if (given !== undefined) {
    const name = given.trim();
    if (name === '') throw new Refusal(`the ${label.toLowerCase()} is empty. ${USAGE}`);
    const problem = problemWith(name);
    if (problem) throw new Refusal(problem);
    return name;
  }
  if (!prompts) throw new Refusal(`give the ${kind}'s ${kind === 'actor' ? 'name' : 'title'} in quotes. ${USAGE}`);
  return prompts.ask(`${label}: `, (answer) => {
    if (answer === '') return { problem: 'it cannot be empty' };
    const problem = problemWith(answer);
    return problem ? { problem } : { value: answer };
  });
}

async function sourcesFrom(
  given: readonly string[],
  existing: readonly ExistingEntry[],
  prompts: Prompts | undefined,
): Promise<string[]> {
  const sources = existing.filter((entry) => entry.collection === 'sources');
  const ids = sources.map((entry) => entry.id);
  const unknown = (id: string) => `"${id}" is not a source id in content/sources/.${didYouMean(id, ids)}`;
  for (const id of given)
    if (!ids.includes(id)) throw new Refusal(`${unknown(id)} Leave --source out to fill it in later.`);
  if (given.length > 0 || !prompts) return [...given];

  prompts.say('Sources (the ids in content/sources/; the site also lists them at /sources/):');
  sources.forEach((entry, index) => {
    const title = entry.names[0]?.text ?? '';
    prompts.say(`  ${String(index + 1).padStart(3)}  ${entry.id}${title ? `  ${title}` : ''}`);
  });
  return prompts.ask('Sources for it, as numbers or ids separated by commas (Enter to add them later): ', (answer) => {
    const picked: string[] = [];
    for (const part of answer.split(/[\s,]+/).filter((word) => word !== '')) {
      const byNumber = /^\d+$/.test(part) ? sources[Number(part) - 1]?.id : undefined;
      const id = byNumber ?? part;
      if (!ids.includes(id))
        return { problem: /^\d+$/.test(part) ? `there is no source number ${part}` : unknown(part) };
      if (!picked.includes(id)) picked.push(id);
    }
    return { value: picked };
  });
}

async function dateFrom(given: string | undefined, prompts: Prompts | undefined): Promise<string | undefined> {
  if (given !== undefined) {
    const problem = partialDateProblem(given);
    if (problem) throw new Refusal(`--date: ${problem}`);
    return given;
  }
  if (!prompts) return undefined;
  return prompts.ask('Date, as YYYY-MM-DD, YYYY-MM or YYYY (Enter to fill it in later): ', (answer) => {
    if (answer === '') return { value: undefined };
    const problem = partialDateProblem(answer);
    return problem ? { problem } : { value: answer };
  });
}

async function refreshEditorSchemas(cwd: string): Promise<void> {
  // The new id should complete in the editor at once; a failure here changes nothing written.
  try {
    const checked = await checkContent({ contentDir: path.join(cwd, 'content'), projectRoot: cwd });
    await writeEditorSchemas(checked.files, cwd);
  } catch {
    // The next npm run check or dev server start writes them.
  }
}

type Answer<T> = { value: T } | { problem: string };

/**
 * Questions in a terminal, each asked again until the answer is usable. Lines are queued as they
 * arrive, so answers typed (or pasted) ahead of their question are not lost.
 */
class Prompts {
  readonly #io: NewIo;
  readonly #lines: Interface;
  readonly #queue: string[] = [];
  #closed = false;
  #waiting: (() => void) | undefined;

  constructor(io: NewIo) {
    this.#io = io;
    this.#lines = createInterface({
      input: io.input,
      output: io.output,
      terminal: 'isTTY' in io.input && io.input.isTTY === true,
    });
    this.#lines.on('line', (line) => {
      this.#queue.push(line);
      this.#waiting?.();
    });
    this.#lines.once('close', () => {
      this.#closed = true;
      this.#waiting?.();
    });
  }

  say(line: string): void {
    this.#io.output.write(`${line}\n`);
  }

  async ask<T>(question: string, parse: (answer: string) => Answer<T>): Promise<T> {
    for (;;) {
      // After the input has closed, queued answers are still read; readline can no longer prompt.
      if (this.#closed) this.#io.output.write(question);
      else {
        this.#lines.setPrompt(question);
        this.#lines.prompt();
      }
      const parsed = parse((await this.#nextLine()).trim());
      if ('value' in parsed) return parsed.value;
      this.say(`  ${parsed.problem}`);
    }
  }

  async #nextLine(): Promise<string> {
    while (this.#queue.length === 0) {
      if (this.#closed) throw new InputClosed();
      await new Promise<void>((resolve) => (this.#waiting = resolve));
      this.#waiting = undefined;
    }
    return this.#queue.shift()!;
  }

  close(): void {
    this.#lines.close();
  }
}
