/**
 * Wires each collection to its loader and schema. Nothing else belongs here: the schemas live in
 * src/schemas/, the loading and checking in src/loaders/ and src/lib/.
 */
import { defineCollection } from 'astro:content';
import { collectionSchemas } from './schemas/collections.ts';
import { casefileLoader } from './loaders/casefile-loader.ts';

export const collections = {
  story: defineCollection({ loader: casefileLoader('story'), schema: collectionSchemas.story }),
  actors: defineCollection({ loader: casefileLoader('actors'), schema: collectionSchemas.actors }),
  sanctions: defineCollection({ loader: casefileLoader('sanctions'), schema: collectionSchemas.sanctions }),
  quotes: defineCollection({ loader: casefileLoader('quotes'), schema: collectionSchemas.quotes }),
  timeline: defineCollection({ loader: casefileLoader('timeline'), schema: collectionSchemas.timeline }),
  sources: defineCollection({ loader: casefileLoader('sources'), schema: collectionSchemas.sources }),
};
