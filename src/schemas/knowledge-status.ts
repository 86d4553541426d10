/**
 * The four words the site uses for how well a claim is established. The schema's description,
 * the About page and the home page's legend all read this one map, so the definitions are
 * written once.
 */

/** How well established a claim is. */
export const KNOWLEDGE_STATUSES = ['confirmed', 'alleged', 'denied', 'unknown'] as const;

export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];

/** Each status word as readers see it, with what it means on this site. */
export const KNOWLEDGE_STATUS_DEFINITIONS: Record<
  KnowledgeStatus,
  { readonly label: string; readonly definition: string }
> = {
  confirmed: { label: 'Confirmed', definition: 'established by primary sources' },
  alleged: { label: 'Alleged', definition: 'asserted by a government, a party or a source, but not proven' },
  denied: { label: 'Denied', definition: 'rejected or disputed by a party to it' },
  unknown: { label: 'Unknown', definition: 'not established either way by the sources read for this site' },
};

/** "confirmed (established by primary sources), alleged (…), … or unknown (…)": for the schema. */
export function describeKnowledgeStatuses(): string {
  const parts = KNOWLEDGE_STATUSES.map((status) => `${status} (${KNOWLEDGE_STATUS_DEFINITIONS[status].definition})`);
  return `${parts.slice(0, -1).join(', ')}, or ${parts.at(-1)}.`;
}
