/**
 * The status words and what they mean on this site, in display order. The wording lives once, in
 * the story schema (it also documents the `status` field); this module is where pages read it.
 */
import { KNOWLEDGE_STATUSES, KNOWLEDGE_STATUS_WORDS, type KnowledgeStatus } from '../../schemas/story.ts';

export interface StatusWord {
  readonly status: KnowledgeStatus;
  readonly label: string;
  readonly definition: string;
}

export const STATUS_WORDS: readonly StatusWord[] = KNOWLEDGE_STATUSES.map((status) => ({
  status,
  ...KNOWLEDGE_STATUS_WORDS[status],
}));
