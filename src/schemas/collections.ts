/**
 * The collections: each folder under `content/` and the schema its entries must satisfy.
 * `src/content.config.ts`, the checker, the exports and the tests all read this one table.
 */
import type { z } from 'astro/zod';
import { actorSchema } from './actor.ts';
import type { CollectionName } from './entity-ref.ts';
import { quoteSchema } from './quote.ts';
import { sanctionSchema } from './sanction.ts';
import { sourceSchema } from './source.ts';
import { storySchema } from './story.ts';
import { timelineEventSchema } from './timeline-event.ts';

export const collectionSchemas = {
  story: storySchema,
  actors: actorSchema,
  sanctions: sanctionSchema,
  quotes: quoteSchema,
  timeline: timelineEventSchema,
  sources: sourceSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

export type CollectionSchemas = typeof collectionSchemas;

/** The validated data of an entry in collection C. */
export type CollectionData<C extends CollectionName> = z.output<CollectionSchemas[C]>;
