/**
 * The integrity checker: the rules no single schema can apply, run over the whole model at once.
 * Like remark-validate-links, it works in two phases: loading collected every entry, field,
 * mention and citation with its position; here every rule reads that model and reports all it
 * finds, not just the first problem.
 */
import { compareDiagnostics, type Diagnostic } from '../diagnostics.ts';
import { checkAffiliationCycles } from './affiliation-cycles.ts';
import type { CheckContext, IntegrityRule } from './check-context.ts';
import { checkDates } from './dates.ts';
import { checkDuplicateIds } from './duplicate-ids.ts';
import { checkLabelTargets } from './label-target.ts';
import { checkPossibleDuplicates } from './possible-duplicates.ts';
import { checkProvenance } from './provenance.ts';
import { checkReferences } from './references.ts';
import { checkSourcing } from './sourcing.ts';
import { checkStoryCount } from './story-count.ts';

export const INTEGRITY_RULES: readonly IntegrityRule[] = [
  checkDuplicateIds,
  checkPossibleDuplicates,
  checkStoryCount,
  checkReferences,
  checkLabelTargets,
  checkAffiliationCycles,
  checkSourcing,
  checkDates,
  checkProvenance,
];

export function checkIntegrity(context: CheckContext): Diagnostic[] {
  return INTEGRITY_RULES.flatMap((rule) => rule(context)).sort(compareDiagnostics);
}
