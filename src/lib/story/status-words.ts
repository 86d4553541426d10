/**
 * The status words and what they mean on this site, in display order, for the home page's legend.
 * The words and definitions are the one map in src/schemas/knowledge-status.ts, which the schema's
 * description and the About page read too.
 */
import {
  KNOWLEDGE_STATUS_DEFINITIONS,
  KNOWLEDGE_STATUSES,
  type KnowledgeStatus,
} from '../../schemas/knowledge-status.ts';

export type { KnowledgeStatus };

export interface StatusWord {
  readonly status: KnowledgeStatus;
  readonly label: string;
  readonly definition: string;
}

export const STATUS_WORDS: readonly StatusWord[] = KNOWLEDGE_STATUSES.map((status) => ({
  status,
  ...KNOWLEDGE_STATUS_DEFINITIONS[status],
}));

/** The legend entry of one status. */
export function statusWord(status: KnowledgeStatus): StatusWord {
  return STATUS_WORDS.find((word) => word.status === status)!;
}
