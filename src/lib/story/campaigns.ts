/**
 * The attributed campaigns for the at-a-glance panel: the story's `campaigns` with every id turned
 * into its entry, and the period taken from the campaign's own timeline event, so a date is
 * written once, in the event.
 */
import type { ContentIndex, IndexableEntity } from '../content-index.ts';
import type { StoryData } from '../../schemas/story.ts';
import { entryIn, type EntryOf } from './lookup.ts';

export interface Campaign<E extends IndexableEntity> {
  readonly name: string;
  readonly summary: string;
  /** The event for the campaign itself; its date is the period shown. */
  readonly event: EntryOf<E, 'timeline'>;
  /** The actor named, or undefined when the attribution named no group. */
  readonly blamed: EntryOf<E, 'actors'> | undefined;
  readonly blamedDescription: string;
  readonly confidence: StoryData['campaigns'][number]['confidence'];
  readonly assessedBy: EntryOf<E, 'actors'>;
  readonly announcedBy: EntryOf<E, 'actors'>;
  readonly announcedIn: EntryOf<E, 'timeline'>;
  readonly sources: readonly string[];
}

export function campaignsOf<E extends IndexableEntity>(index: ContentIndex<E>, story: StoryData): Campaign<E>[] {
  return story.campaigns.map((campaign) => ({
    name: campaign.name,
    summary: campaign.summary,
    event: entryIn(index, 'timeline', campaign.event),
    blamed: campaign.blamed === undefined ? undefined : entryIn(index, 'actors', campaign.blamed),
    blamedDescription: campaign.blamedDescription,
    confidence: campaign.confidence,
    assessedBy: entryIn(index, 'actors', campaign.assessedBy),
    announcedBy: entryIn(index, 'actors', campaign.announcedBy),
    announcedIn: entryIn(index, 'timeline', campaign.announcedIn),
    sources: campaign.sources,
  }));
}
