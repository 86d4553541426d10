/**
 * Everything the home page shows, as plain props: the story's panels derived once from the site
 * model (src/lib/story/ does the deriving) and turned into links here. The page and the
 * components in src/components/home/ only render what this returns.
 */
import { displayTitle } from '../lib/content-index.ts';
import { entityHref } from '../lib/routes.ts';
import { campaignsOf } from '../lib/story/campaigns.ts';
import { responsesOf, titleAt } from '../lib/story/china-response.ts';
import { sectionHeadings } from '../lib/story/headings.ts';
import { keyDatesOf } from '../lib/story/key-dates.ts';
import { groupByStatus } from '../lib/story/knowledge.ts';
import { siteLastUpdated } from '../lib/story/last-updated.ts';
import { formatReward, measuresTaken } from '../lib/story/measures-taken.ts';
import { STATUS_WORDS, statusWord, type StatusWord } from '../lib/story/status-words.ts';
import type { DateQualifier } from '../schemas/partial-date.ts';
import { DATE_MEANING_LABELS, MEASURE_KIND_LABELS, MEASURE_LABELS } from './labels.ts';
import type { SiteEntity, SiteModel } from './site-model.ts';
import { citedSourcesOf, linkTo, linkToEntity, linksTo, sourceLinksOf, type LinkProps } from './view-helpers.ts';

/** A date as DateText takes it. */
export interface DateProps {
  readonly date: string;
  readonly qualifier?: DateQualifier | undefined;
  readonly timeZone?: string | undefined;
}

export interface CampaignCard {
  readonly name: string;
  readonly summary: string;
  readonly period: DateProps;
  readonly event: LinkProps;
  readonly blamed: LinkProps | undefined;
  readonly blamedDescription: string;
  readonly confidence: string;
  /** Short name of the assessing body, e.g. "NCSC". */
  readonly assessedBy: LinkProps;
  /** e.g. "UK government". */
  readonly announcedBy: LinkProps;
  readonly announced: DateProps;
  readonly announcement: LinkProps;
  readonly sources: readonly LinkProps[];
}

export interface DesignationGrid {
  readonly columns: readonly LinkProps[];
  readonly rows: readonly { readonly target: LinkProps; readonly cells: readonly (LinkProps | undefined)[] }[];
  readonly sameTargets: boolean;
  /** The number of targets in words, e.g. "three". */
  readonly targetCount: string;
  readonly date: DateProps | undefined;
  readonly sources: readonly LinkProps[];
}

export interface MeasureItem {
  readonly kind: string;
  readonly link: LinkProps;
  readonly date: DateProps | undefined;
  /** One derived line of facts, e.g. "7 people charged in the US District Court …". */
  readonly facts: string;
  readonly authority: LinkProps;
  readonly sources: readonly LinkProps[];
}

export interface ResponseItem {
  readonly text: string;
  readonly quote: LinkProps;
  readonly speaker: LinkProps;
  /** "Spokesperson for" when the speaker is a body speaking through someone. */
  readonly speakerLead: string | undefined;
  /** The speaker's title on the day, e.g. "Spokesperson, Ministry of Foreign Affairs …". */
  readonly role: string | undefined;
  readonly date: DateProps;
  readonly occasion: string;
  readonly event: LinkProps | undefined;
  readonly sources: readonly LinkProps[];
}

export interface KeyDate {
  readonly date: DateProps;
  readonly meaning: string;
  readonly event: LinkProps;
}

export interface ClaimCard {
  readonly claim: string;
  readonly detail: string | undefined;
  readonly who: readonly LinkProps[];
  readonly sources: readonly LinkProps[];
}

export interface StatusGroupView extends StatusWord {
  readonly claims: readonly ClaimCard[];
}

export interface HomeView {
  readonly siteName: string;
  readonly headline: string;
  readonly standfirst: string;
  readonly authors: readonly string[];
  readonly published: string;
  readonly lastUpdated: string;
  readonly toc: readonly LinkProps[];
  readonly hasGlance: boolean;
  readonly campaigns: readonly CampaignCard[];
  readonly designations: DesignationGrid | undefined;
  readonly otherMeasures: readonly MeasureItem[];
  readonly responses: readonly ResponseItem[];
  readonly keyDates: readonly KeyDate[];
  readonly keyPoints: readonly { readonly text: string; readonly sources: readonly LinkProps[] }[];
  readonly statusWords: readonly StatusWord[];
  readonly statusGroups: readonly StatusGroupView[];
  readonly aboutStatusHref: string;
  readonly bodyHtml: string;
  readonly cited: ReturnType<typeof citedSourcesOf>;
}

/** The panels' anchors and headings, shared by the page and the table of contents. */
export const PANELS = {
  glance: { id: 'at-a-glance', title: 'At a glance' },
  keyDates: { id: 'key-dates', title: 'Key dates' },
  keyPoints: { id: 'key-points', title: 'Easy to get wrong' },
  knowledge: { id: 'state-of-knowledge', title: 'What is known, alleged, denied and unknown' },
} as const;

function panelLink(panel: (typeof PANELS)[keyof typeof PANELS]): LinkProps {
  return { href: `#${panel.id}`, label: panel.title };
}

/** An actor's short name: a short all-capitals alias such as "NCSC", else its name. */
function shortName(actor: SiteEntity<'actors'>): string {
  return actor.data.aliases.find((alias) => /^[A-Z]{2,6}$/.test(alias.name))?.name ?? actor.data.name;
}

function dateOf(data: {
  date: string;
  qualifier?: DateQualifier | undefined;
  timeZone?: string | undefined;
}): DateProps {
  return { date: data.date, qualifier: data.qualifier, timeZone: data.timeZone };
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function numberWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

function countOf(count: number, noun: string): string {
  return `${numberWord(count)} ${noun}${count === 1 ? '' : 's'}`;
}

function uniqueSources(model: SiteModel, ids: Iterable<string>, base: string): LinkProps[] {
  return sourceLinksOf(model, [...new Set(ids)], base);
}

function measureItem(model: SiteModel, measure: SiteEntity<'sanctions'>, base: string): MeasureItem {
  const { data } = measure;
  const authority = linkTo(model, data.authority, base);
  let facts = '';
  if (data.kind === 'indictment') {
    const court = data.court === undefined ? undefined : model.index.byId.get(data.court);
    const people = countOf(data.targets.length, 'person').replace(/persons$/, 'people');
    const where = court ? ` in the ${displayTitle(court)}` : '';
    const charges = data.charges.map((charge) => `${charge.statute}, ${charge.description}`).join('; ');
    facts = `${people[0]!.toUpperCase()}${people.slice(1)} charged${where}. Charges: ${charges}.`;
  } else if (data.kind === 'reward-offer' && data.reward) {
    const amount = formatReward(data.reward);
    facts = `${amount[0]!.toUpperCase()}${amount.slice(1)} for information, offered by the ${displayTitle(model.index.byId.get(data.authority)!)}.`;
  } else if (data.kind === 'diplomatic-summons') {
    facts = data.statedReason ?? data.measures.map((m) => MEASURE_LABELS[m]).join(', ');
  }
  const date = data.announced ?? data.listed;
  return {
    kind: MEASURE_KIND_LABELS[data.kind],
    link: linkToEntity(measure, base),
    date: date === undefined ? undefined : { date },
    facts,
    authority,
    sources: sourceLinksOf(model, data.sources, base),
  };
}

export function homeView(model: SiteModel, base: string): HomeView {
  const { story, index } = model;
  const data = story.data;

  const campaigns = campaignsOf(index, data).map((campaign): CampaignCard => ({
    name: campaign.name,
    summary: campaign.summary,
    period: dateOf(campaign.event.data),
    event: linkToEntity(campaign.event, base),
    blamed: campaign.blamed && linkToEntity(campaign.blamed, base),
    blamedDescription: campaign.blamedDescription,
    confidence: campaign.confidence,
    assessedBy: { href: entityHref('actors', campaign.assessedBy.id, base), label: shortName(campaign.assessedBy) },
    announcedBy: {
      href: entityHref('actors', campaign.announcedBy.id, base),
      label:
        campaign.announcedBy.data.kind === 'state'
          ? `${shortName(campaign.announcedBy)} government`
          : campaign.announcedBy.data.name,
    },
    announced: dateOf(campaign.announcedIn.data),
    announcement: linkToEntity(campaign.announcedIn, base),
    sources: sourceLinksOf(model, campaign.sources, base),
  }));

  const taken = measuresTaken(index, data);
  const designated = taken.designations;
  const designations: DesignationGrid | undefined =
    designated.rows.length === 0
      ? undefined
      : {
          columns: designated.authorities.map((authority) => {
            const country = authority.data.country ? model.index.byId.get(authority.data.country) : undefined;
            return {
              href: entityHref('actors', authority.id, base),
              label: country?.collection === 'actors' ? shortName(country) : shortName(authority),
            };
          }),
          rows: designated.rows.map((row) => ({
            target: linkToEntity(row.target, base),
            cells: row.byAuthority.map(
              (measure) =>
                measure && {
                  href: entityHref('sanctions', measure.id, base),
                  label: measure.data.measures.map((m) => MEASURE_LABELS[m]).join(', '),
                },
            ),
          })),
          sameTargets: designated.sameTargets,
          targetCount: numberWord(designated.rows.length),
          date: (() => {
            const first = designated.rows[0]?.byAuthority.find((measure) => measure !== undefined);
            const date = first?.data.listed ?? first?.data.announced;
            return date === undefined ? undefined : { date };
          })(),
          // The lead source of each designation; each designation's page lists all of them.
          sources: uniqueSources(
            model,
            designated.rows.flatMap((row) =>
              row.byAuthority.flatMap((measure) => measure?.data.sources.slice(0, 1) ?? []),
            ),
            base,
          ),
        };
  const otherMeasures = [...taken.indictments, ...taken.rewards, ...taken.summonses].map((measure) =>
    measureItem(model, measure, base),
  );

  const responses = responsesOf(index, data).map((response): ResponseItem => {
    const quote = response.quote.data;
    const held = response.speaker.data.kind === 'person' ? titleAt(response.speaker.data, quote.date) : undefined;
    const organisation = held?.organisation === undefined ? undefined : index.byId.get(held.organisation);
    return {
      text: quote.text,
      quote: linkToEntity(response.quote, base),
      speaker: linkToEntity(response.speaker, base),
      speakerLead:
        quote.speakerRole === undefined
          ? undefined
          : `${quote.speakerRole[0]!.toUpperCase()}${quote.speakerRole.slice(1)}`,
      role: held && (organisation ? `${held.title}, ${displayTitle(organisation)}` : held.title),
      date: { date: quote.date, timeZone: quote.timeZone },
      occasion: quote.occasion,
      event: response.event && linkToEntity(response.event, base),
      sources: sourceLinksOf(model, quote.sources, base),
    };
  });

  const keyDates = keyDatesOf(index, data).map((event): KeyDate => ({
    date: dateOf(event.data),
    meaning: DATE_MEANING_LABELS[event.data.dateMeaning],
    event: linkToEntity(event, base),
  }));

  const statusGroups = groupByStatus(data.stateOfKnowledge).map((group): StatusGroupView => ({
    ...statusWord(group.status),
    claims: group.claims.map((claim) => ({
      claim: claim.claim,
      detail: claim.detail,
      who: linksTo(model, claim.attributedTo, base),
      sources: sourceLinksOf(model, claim.sources, base),
    })),
  }));

  const hasGlance =
    campaigns.length > 0 || designations !== undefined || otherMeasures.length > 0 || responses.length > 0;
  const sections = sectionHeadings(story.html);
  const toc: LinkProps[] = [
    ...(hasGlance ? [panelLink(PANELS.glance)] : []),
    ...(keyDates.length > 0 ? [panelLink(PANELS.keyDates)] : []),
    panelLink(PANELS.keyPoints),
    panelLink(PANELS.knowledge),
    ...sections.map((heading) => ({ href: `#${heading.id}`, label: heading.text })),
  ];

  return {
    siteName: data.shortTitle,
    headline: data.headline,
    standfirst: data.standfirst,
    authors: data.authors,
    published: data.published,
    lastUpdated: siteLastUpdated(
      data.published,
      index.all.map((entity) => entity.data),
    ),
    toc,
    hasGlance,
    campaigns,
    designations,
    otherMeasures,
    responses,
    keyDates,
    keyPoints: data.keyPoints.map((point) => ({
      text: point.text,
      sources: sourceLinksOf(model, point.sources, base),
    })),
    statusWords: STATUS_WORDS,
    statusGroups,
    aboutStatusHref: `${base.endsWith('/') ? base : `${base}/`}about/#status-words`,
    bodyHtml: story.html,
    cited: citedSourcesOf(model, story, base),
  };
}
