/**
 * Synthetic content for the bench (issue 12): N valid, cross-referenced entries in our own
 * format, in the proportions of the real `content/` (about 38% sources, 28% actors, 15% events,
 * 14% quotes, 5% measures, one story), with bodies of 3–6 paragraphs that mention other entries
 * and cite sources, as `content/README.md` describes.
 *
 * Pure and deterministic: the same `n` and `seed` give byte-identical files, so two bench runs
 * (and the POOL cache tests) see the same input. Every reference points backwards (to an entry
 * with a lower index) or to a fixed hub, so there are no affiliation cycles, and every source is
 * cited by at least one entry, so `npm run check --strict` passes.
 */

/** One file to write, relative to the content folder. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

export interface GenerateOptions {
  /** Total number of entries, the story included. At least 20. */
  readonly n: number;
  /** Seed of the pseudo-random choices; the default gives the bench's standard corpus. */
  readonly seed?: number;
}

/** The smallest corpus that still has every kind of entry and reference. */
export const MIN_ENTRIES = 20;

/** mulberry32: a tiny, fast, well-mixed PRNG; Math.random cannot be seeded. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Alice', 'Bernard', 'Chen', 'Dana', 'Emeka', 'Farah', 'Goran', 'Hana', 'Ivan', 'Jun', 'Kofi', 'Lena', 'Marco', 'Nadia', 'Omar', 'Priya', 'Quentin', 'Rosa', 'Samir', 'Tomas', 'Ulla', 'Viktor', 'Wen', 'Xavier', 'Yara', 'Zoltan', 'Amara', 'Bjorn', 'Carla', 'Dmitri', 'Elif', 'Felix', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Luis', 'Mei', 'Nils'] as const; // prettier-ignore
const LAST = ['Abbott', 'Baker', 'Castell', 'Dunmore', 'Ellery', 'Fairbank', 'Garside', 'Holloway', 'Ingram', 'Jessop', 'Kettering', 'Lindqvist', 'Marlow', 'Northcote', 'Okafor', 'Pemberton', 'Quarry', 'Radley', 'Sutcliffe', 'Thorne', 'Umber', 'Vance', 'Whitlock', 'Yardley', 'Zhou', 'Ashby', 'Brennan', 'Crowther', 'Delaney', 'Everett', 'Fenwick', 'Gallagher', 'Hartley', 'Iverson', 'Jarvis', 'Kilburn', 'Lockwood', 'Mercer', 'Nolan', 'Orwell'] as const; // prettier-ignore
const PLACES = ['Northmarch', 'Eastvale', 'Southgate', 'Westholm', 'Riverton', 'Highcliff', 'Lowmoor', 'Stonebridge', 'Ashford', 'Greyport', 'Redwater', 'Silverdale', 'Oakridge', 'Elmstead', 'Frostfield', 'Goldhaven'] as const; // prettier-ignore
const BODIES = ['Cyber Agency', 'Interior Ministry', 'Signals Directorate', 'Data Protection Office', 'Security Service', 'Foreign Office', 'Treasury', 'Justice Department', 'Elections Board', 'Audit Office'] as const; // prettier-ignore
const COMPANIES = ['Networks', 'Analytics', 'Systems', 'Labs', 'Security', 'Technologies', 'Intelligence', 'Software'] as const; // prettier-ignore
const GROUP_WORDS = ['Typhoon', 'Panda', 'Spider', 'Bear', 'Kitten', 'Chollima', 'Storm', 'Sleet', 'Blizzard', 'Tempest'] as const; // prettier-ignore
const COLOURS = ['Violet', 'Amber', 'Crimson', 'Cobalt', 'Jade', 'Onyx', 'Ivory', 'Scarlet', 'Umber', 'Teal', 'Indigo', 'Saffron'] as const; // prettier-ignore
const PUBLISHERS = ['The Daily Ledger', 'Northmarch Wire', 'Parliamentary Record', 'Court Gazette', 'Threat Intel Weekly', 'The Civic Review', 'Eastvale Times', 'Reference Register'] as const; // prettier-ignore
const VERBS = ['said', 'reported', 'confirmed', 'disclosed', 'denied', 'announced', 'described', 'noted'] as const; // prettier-ignore
const SENTENCES = [
  'The intrusion began through an unpatched mail server and went unnoticed for months',
  'Investigators traced the activity to infrastructure that had been rented under false names',
  'Officials declined to say how many accounts were reached, citing an ongoing inquiry',
  'The statement gave no figure for the records copied, only the size of the systems exposed',
  'Analysts linked the tooling to earlier campaigns against ministries and research bodies',
  'A spokesperson rejected the accusation and called for evidence to be made public',
  'The measure freezes assets held in the jurisdiction and bars dealings with the target',
  'The regulator found that basic security updates had not been applied in time',
  'Several lawmakers said they had not been told their accounts were targeted',
  'The timing of the announcement was coordinated with allied governments',
  'Court papers describe a programme run for years through front companies',
  'The agency published technical indicators so that other victims could check their systems',
] as const;

const KIND_PLAN: readonly [kind: string, share: number][] = [
  ['state', 0.05],
  ['government-body', 0.12],
  ['regulator', 0.03],
  ['court', 0.02],
  ['legislature', 0.02],
  ['threat-group', 0.08],
  ['company', 0.1],
  ['advocacy-group', 0.03],
  ['organisation', 0.05],
  ['person', 0.5],
];

const pad = (i: number) => String(i).padStart(5, '0');
const yaml = (value: string) => JSON.stringify(value);
const list = (ids: readonly string[]) => `[${ids.join(', ')}]`;

/** A date between 2019-01-01 and 2025-12-28 that grows with `i` (events are generated in order). */
function dayOf(i: number, total: number): string {
  const days = Math.floor((i / Math.max(total, 1)) * 2550);
  const date = new Date(Date.UTC(2019, 0, 1) + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** How many entries of each collection a corpus of `n` has. */
export function collectionSizes(n: number): Record<string, number> {
  if (!Number.isInteger(n) || n < MIN_ENTRIES) throw new Error(`--n must be a whole number of at least ${MIN_ENTRIES}`);
  const rest = n - 1;
  const sanctions = Math.max(2, Math.round(rest * 0.05));
  const quotes = Math.max(2, Math.round(rest * 0.14));
  const timeline = Math.max(3, Math.round(rest * 0.15));
  const actors = Math.max(8, Math.round(rest * 0.28));
  const sources = rest - sanctions - quotes - timeline - actors;
  return { story: 1, actors, sanctions, quotes, timeline, sources };
}

/** Generate the corpus. The story is `story/bench-story.md`; other ids are `<kind>-<00042>`. */
export function generateContent({ n, seed = 12 }: GenerateOptions): GeneratedFile[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const sizes = collectionSizes(n);
  const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${pad(i)}`);
  const actorIds = ids('actor', sizes['actors']!);
  const sourceIds = ids('source', sizes['sources']!);
  const eventIds = ids('event', sizes['timeline']!);
  const quoteIds = ids('quote', sizes['quotes']!);
  const measureIds = ids('measure', sizes['sanctions']!);

  // Actor kinds in blocks, so that every kind a reference may require exists at any N.
  const kinds: string[] = [];
  for (const [kind, share] of KIND_PLAN) {
    const count = Math.max(1, Math.round(actorIds.length * share));
    for (let i = 0; i < count && kinds.length < actorIds.length; i++) kinds.push(kind);
  }
  while (kinds.length < actorIds.length) kinds.push('person');
  const byKind = (wanted: readonly string[]) => actorIds.filter((_, i) => wanted.includes(kinds[i]!));
  const states = byKind(['state']);
  const authorities = byKind(['state', 'government-body', 'regulator']);
  const courts = byKind(['court']);

  const actorName = (i: number): string => {
    const kind = kinds[i]!;
    const place = PLACES[i % PLACES.length]!;
    const serial = Math.floor(i / PLACES.length);
    switch (kind) {
      case 'person': {
        const first = FIRST[i % FIRST.length]!;
        const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
        const initial = String.fromCharCode(65 + (Math.floor(i / (FIRST.length * LAST.length)) % 26));
        return `${first} ${initial}. ${last}`;
      }
      case 'state':
        return `Republic of ${place}${serial ? ` ${serial + 1}` : ''}`;
      case 'threat-group':
        return `${COLOURS[i % COLOURS.length]} ${GROUP_WORDS[Math.floor(i / COLOURS.length) % GROUP_WORDS.length]} ${i}`;
      case 'company':
        return `${place} ${COMPANIES[serial % COMPANIES.length]} ${i}`;
      default:
        return `${place} ${BODIES[serial % BODIES.length]} ${i}`;
    }
  };
  const names = actorIds.map((_, i) => actorName(i));

  // Every source is cited at least once: entry k of the non-source entries cites sources 2k and
  // 2k+1 (mod the number of sources), and there are more than half as many of them as sources.
  let citing = 0;
  const sourcesFor = (): string[] => {
    const first = sourceIds[(2 * citing) % sourceIds.length]!;
    const second = sourceIds[(2 * citing + 1) % sourceIds.length]!;
    citing++;
    const extra = random() < 0.4 ? [pick(sourceIds)] : [];
    return [...new Set([first, second, ...extra])];
  };

  const mention = (): string => {
    const roll = random();
    if (roll < 0.6) {
      const i = Math.floor(random() * actorIds.length);
      return `:actor[${names[i]}]{#${actorIds[i]}}`;
    }
    if (roll < 0.75) return `:event[the event]{#${pick(eventIds)}}`;
    if (roll < 0.85) return `:measure[the measure]{#${pick(measureIds)}}`;
    if (roll < 0.93) return `:quote[a statement]{#${pick(quoteIds)}}`;
    return `:source[the report]{#${pick(sourceIds)}}`;
  };
  const body = (sources: readonly string[]): string => {
    const paragraphs: string[] = [];
    for (let p = between(3, 6); p > 0; p--) {
      const sentences: string[] = [];
      for (let s = between(2, 4); s > 0; s--) {
        const who = mention();
        sentences.push(`${pick(SENTENCES)}, as ${who} ${pick(VERBS)}.`);
      }
      const cites = [pick(sources), ...(random() < 0.4 ? [pick(sources)] : [])];
      paragraphs.push(`${sentences.join(' ')} ${[...new Set(cites)].map((id) => `:cite[${id}]`).join(' ')}`);
    }
    return `${paragraphs.join('\n\n')}\n`;
  };
  const entry = (front: string[], sources: readonly string[]) => `---\n${front.join('\n')}\n---\n\n${body(sources)}`;
  const files: GeneratedFile[] = [];

  actorIds.forEach((id, i) => {
    const sources = sourcesFor();
    const front = [`name: ${yaml(names[i]!)}`, `kind: ${kinds[i]}`];
    if (kinds[i] !== 'state') front.push(`country: ${states[i % states.length]}`);
    front.push(`role: ${yaml(`${pick(SENTENCES)}; this actor appears throughout the case file.`)}`);
    if (kinds[i] === 'threat-group' && random() < 0.7) {
      front.push('aliases:', `  - name: ${yaml(`APT ${10_000 + i}`)}`, `    sources: ${list(sources.slice(0, 1))}`);
    }
    if (kinds[i] === 'person' && random() < 0.6) {
      const organisation = authorities[i % authorities.length]!;
      front.push(
        'titles:',
        `  - title: ${yaml(pick(['Minister', 'Director', 'Spokesperson', 'Senator', 'Chief Executive']))}`,
        `    organisation: ${organisation}`,
        `    asOf: ${yaml(dayOf(i, actorIds.length))}`,
        `    sources: ${list(sources.slice(0, 1))}`,
      );
    }
    // Only towards a lower index, so the "part of" graph has no cycles.
    if (i > states.length && random() < 0.5) {
      const other = actorIds[Math.floor(random() * i)]!;
      if (other !== id && !states.includes(other)) {
        front.push(
          'affiliations:',
          `  - actor: ${other}`,
          `    relation: ${pick(['member-of', 'part-of', 'employed-by', 'allied-with'])}`,
          `    sources: ${list(sources.slice(-1))}`,
        );
      }
    }
    front.push(`sources: ${list(sources)}`);
    if (random() < 0.05) {
      front.push(
        'updates:',
        `  - date: "2026-01-15"`,
        `    summary: "Added the actor's later role, from a newer report."`,
        `    sources: ${list(sources.slice(0, 1))}`,
      );
    }
    files.push({ path: `actors/${id}.md`, text: entry(front, sources) });
  });

  eventIds.forEach((id, i) => {
    const sources = sourcesFor();
    const actors = [pick(actorIds), pick(actorIds)];
    const related = i > 0 ? [eventIds[Math.floor(random() * i)]!] : [];
    if (random() < 0.3) related.push(pick(measureIds));
    const front = [
      `title: ${yaml(`${pick(SENTENCES)} (${i + 1})`)}`,
      `date: ${yaml(dayOf(i, eventIds.length))}`,
      'precision: day',
      `dateMeaning: ${pick(['occurred', 'detected', 'disclosed', 'attributed', 'announced', 'reported'])}`,
      `actors: ${list([...new Set(actors)])}`,
      `related: ${list([...new Set(related)])}`,
      `sources: ${list(sources)}`,
    ];
    files.push({ path: `timeline/${id}.md`, text: entry(front, sources) });
  });

  measureIds.forEach((id, i) => {
    const sources = sourcesFor();
    const indictment = courts.length > 0 && i % 10 === 3;
    const target = actorIds[(i * 7 + 5) % actorIds.length]!;
    const front = [
      `title: ${yaml(`${indictment ? 'Indictment' : 'Designation'} of ${names[actorIds.indexOf(target)]} (${i + 1})`)}`,
      `kind: ${indictment ? 'indictment' : 'designation'}`,
      `authority: ${authorities[i % authorities.length]}`,
      `targets: [${target}]`,
      `announced: ${yaml(dayOf(i, measureIds.length))}`,
      `measures: ${indictment ? '[criminal-charges]' : '[asset-freeze, travel-ban]'}`,
      `statedReason: ${yaml(pick(SENTENCES))}`,
      `status: ${indictment ? 'pending' : 'in-force'}`,
    ];
    if (indictment) {
      front.push(
        `statusAsOf:`,
        `  date: ${yaml(dayOf(i, measureIds.length))}`,
        `  sources: ${list(sources.slice(0, 1))}`,
        `court: ${courts[i % courts.length]}`,
        'charges:',
        '  - statute: "18 U.S.C. § 371"',
        '    description: "conspiracy to commit computer intrusions"',
      );
    }
    front.push(`sources: ${list(sources)}`);
    files.push({ path: `sanctions/${id}.md`, text: entry(front, sources) });
  });

  quoteIds.forEach((id, i) => {
    const sources = sourcesFor();
    const front = [
      `speaker: ${actorIds[(i * 3) % actorIds.length]}`,
      `text: ${yaml(`${pick(SENTENCES)}, and we will respond at a time of our choosing.`)}`,
      `date: ${yaml(dayOf(i, quoteIds.length))}`,
      `occasion: ${yaml(pick(['Press conference', 'Written statement', 'Parliamentary answer', 'Interview']))}`,
      `about: ${list([pick(eventIds), pick(actorIds)])}`,
      `sources: ${list(sources)}`,
    ];
    files.push({ path: `quotes/${id}.md`, text: entry(front, sources) });
  });

  sourceIds.forEach((id, i) => {
    const kind = pick(['official', 'parliament', 'court', 'regulator', 'press', 'press', 'vendor', 'reference']);
    const front = [
      `title: ${yaml(`${pick(SENTENCES)}: report ${i + 1}`)}`,
      `publisher: ${yaml(pick(PUBLISHERS))}`,
      `url: ${yaml(`https://example.org/reports/${id}`)}`,
      `published: ${yaml(dayOf(i, sourceIds.length))}`,
      'accessed: "2026-11-26"',
      `kind: ${kind}`,
      `primary: ${kind === 'press' || kind === 'vendor' ? 'false' : 'true'}`,
    ];
    // A source's body is a note about the document; it may cite itself or others.
    files.push({ path: `sources/${id}.md`, text: entry(front, [id]) });
  });

  const storySources = sourcesFor();
  const story = [
    `headline: ${yaml(`A synthetic case file of ${n} entries`)}`,
    `shortTitle: ${yaml('Synthetic bench story')}`,
    `standfirst: ${yaml('Generated content for the bench: valid, cross-referenced, and the same for every run.')}`,
    `summary: ${yaml(SENTENCES.slice(0, 3).join('. ') + '.')}`,
    'published: "2026-11-26"',
    'authors: ["casefile bench"]',
    'keyPoints:',
    ...[0, 1, 2].flatMap((k) => [`  - text: ${yaml(SENTENCES[k + 3]!)}`, `    sources: ${list(storySources)}`]),
    'stateOfKnowledge:',
    `  - claim: ${yaml(SENTENCES[6]!)}`,
    '    status: alleged',
    `    attributedTo: [${authorities[0]}]`,
    `    sources: ${list(storySources)}`,
    `keyDates: ${list(eventIds.filter((_, i) => i % Math.max(1, Math.floor(eventIds.length / 8)) === 0).slice(0, 8))}`,
    `responses: ${list(quoteIds.slice(0, 2))}`,
  ];
  files.push({ path: 'story/bench-story.md', text: entry(story, storySources) });
  return files;
}
