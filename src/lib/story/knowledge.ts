/**
 * The state-of-knowledge panel: claims grouped by status, in the fixed order confirmed, alleged,
 * denied, unknown, keeping the editor's order inside each group.
 */
import { KNOWLEDGE_STATUSES, type StoryData } from '../../schemas/story.ts';
import type { KnowledgeStatus } from './status-words.ts';

export type Claim = StoryData['stateOfKnowledge'][number];

export interface StatusGroup {
  readonly status: KnowledgeStatus;
  readonly claims: readonly Claim[];
}

/** One group per status that has claims; statuses with none are left out. */
export function groupByStatus(claims: readonly Claim[]): StatusGroup[] {
  return KNOWLEDGE_STATUSES.map((status) => ({
    status,
    claims: claims.filter((claim) => claim.status === status),
  })).filter((group) => group.claims.length > 0);
}
