/**
 * The status words and what they mean on this site, in display order, for the home page's legend.
 * The wording follows the story schema's description of `status`.
 *
 * TODO(merge): the shell branch adds KNOWLEDGE_STATUS_DEFINITIONS in
 * src/schemas/knowledge-status.ts (read by the schema and the About page); read it here instead,
 * so the wording lives in one place.
 */
import { KNOWLEDGE_STATUSES } from '../../schemas/story.ts';

export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];

export interface StatusWord {
  readonly status: KnowledgeStatus;
  readonly label: string;
  readonly definition: string;
}

const WORDS: Record<KnowledgeStatus, Omit<StatusWord, 'status'>> = {
  confirmed: { label: 'Confirmed', definition: 'established by primary sources' },
  alleged: { label: 'Alleged', definition: 'asserted, not proven' },
  denied: { label: 'Denied', definition: 'disputed by a party' },
  unknown: { label: 'Unknown', definition: 'not established either way by the sources read for this site' },
};

export const STATUS_WORDS: readonly StatusWord[] = KNOWLEDGE_STATUSES.map((status) => ({ status, ...WORDS[status] }));

/** The legend entry of one status. */
export function statusWord(status: KnowledgeStatus): StatusWord {
  return STATUS_WORDS.find((word) => word.status === status)!;
}
