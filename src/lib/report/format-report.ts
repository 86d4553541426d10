/**
 * The change report as Markdown, for a pull request comment: a summary line, then sections for
 * added, removed and changed entries, new and removed sources, and the check's results.
 * Content is untrusted: every value is shown inside code spans with backticks neutralised, so a
 * title cannot inject Markdown, mentions or HTML into the comment. The report is also printed in
 * CI logs, so every line is escaped for the terminal (`terminalLine`) as the check's output is.
 */
import { singular } from '../../schemas/entity-ref.ts';
import type { ContentDiff, DiffableEntry } from './content-diff.ts';
import { canonical } from './content-diff.ts';
import { terminalLine } from '../terminal/terminal-escape.ts';

/** Longest value shown in full; longer ones are cut with an ellipsis. */
const MAX_VALUE = 160;

const entries = (count: number) => `${count} ${count === 1 ? 'entry' : 'entries'}`;

/** A value as an inline code span that nothing inside can close or escape. */
export function code(value: unknown): string {
  let text = typeof value === 'string' ? value : canonical(value);
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_VALUE) text = `${text.slice(0, MAX_VALUE - 1)}…`;
  // A code span cannot contain its own delimiter; a backtick becomes its look-alike (U+02CB).
  return `\`${text.replace(/`/g, 'ˋ') || ' '}\``;
}

function label(entry: DiffableEntry): string {
  const data = entry.data ?? {};
  const name = data['name'] ?? data['title'] ?? data['headline'] ?? data['text'];
  const title = typeof name === 'string' ? ` ${code(name)}` : '';
  return `${singular(entry.collection)} ${code(entry.id)}${title} (${entry.file})`;
}

export interface ReportInput {
  readonly ref: string;
  readonly diff: ContentDiff;
  /** The check's printed lines for the new content, `file:line:col  message  [rule]`. */
  readonly problems: readonly string[];
  readonly summary: string;
  readonly ok: boolean;
}

export function formatReport({ ref, diff, problems, summary, ok }: ReportInput): string {
  const lines: string[] = [];
  const sourcesAdded = diff.added.filter((entry) => entry.collection === 'sources');
  const sourcesRemoved = diff.removed.filter((entry) => entry.collection === 'sources');
  lines.push(`## Content changes against ${code(ref)}`, '');
  lines.push(
    `${entries(diff.added.length)} added, ${entries(diff.removed.length)} removed, ${entries(diff.changed.length)} changed. Check: ${ok ? '✔' : '✖'} ${summary}.`,
    '',
  );
  if (diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0) {
    lines.push('No entry changed.', '');
  }
  if (diff.added.length > 0) {
    lines.push('### Added', '', ...diff.added.map((entry) => `- ${label(entry)}`), '');
  }
  if (diff.removed.length > 0) {
    lines.push('### Removed', '', ...diff.removed.map((entry) => `- ${label(entry)}`), '');
  }
  if (diff.changed.length > 0) {
    lines.push('### Changed', '');
    for (const change of diff.changed) {
      lines.push(`- ${label(change.entry)}`);
      if (change.moved) lines.push(`  - moved from ${change.moved.from}`);
      for (const field of change.fields) {
        const before = 'before' in field ? code(field.before) : '(none)';
        const after = 'after' in field ? code(field.after) : '(removed)';
        lines.push(`  - \`${field.field}\`: ${before} → ${after}`);
      }
      if (change.bodyChanged) lines.push('  - body changed');
    }
    lines.push('');
  }
  if (sourcesAdded.length > 0 || sourcesRemoved.length > 0) {
    lines.push('### Sources', '');
    for (const entry of sourcesAdded) lines.push(`- new: ${label(entry)}`);
    for (const entry of sourcesRemoved) lines.push(`- removed: ${label(entry)}`);
    lines.push('');
  }
  lines.push('### Check', '');
  if (problems.length === 0) lines.push('No problems.');
  else lines.push('```text', ...problems.map((line) => line.replace(/```/g, 'ˋˋˋ')), '```');
  return `${lines.map(terminalLine).join('\n')}\n`;
}
