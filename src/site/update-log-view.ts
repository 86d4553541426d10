/**
 * An entry's update log ready to render, and every correction on the site for the About page.
 * Both read `updatesOf` (src/lib/update-log.ts), the one source of "last updated".
 */
import { displayTitle } from '../lib/content-index.ts';
import { comparePartialDates, parsePartialDate } from '../lib/partial-date.ts';
import { entityHref } from '../lib/routes.ts';
import { updatesOf } from '../lib/update-log.ts';
import type { UpdateLogEntry } from '../schemas/update-log.ts';
import type { SiteModel } from './site-model.ts';
import { sourceLinksOf, type LinkProps } from './view-helpers.ts';

export interface UpdateView {
  readonly date: string;
  readonly kind: UpdateLogEntry['kind'];
  readonly summary: string;
  readonly sources: readonly LinkProps[];
}

/** An entry's updates and corrections, oldest first, with links to their sources. */
export function updateLogOf(
  model: SiteModel,
  data: { readonly updates?: readonly UpdateLogEntry[] | undefined },
  base: string,
): UpdateView[] {
  return updatesOf(data).map((update) => ({
    date: update.date,
    kind: update.kind,
    summary: update.summary,
    sources: sourceLinksOf(model, update.sources, base),
  }));
}

export interface CorrectionView extends UpdateView {
  /** The corrected entry. */
  readonly entry: LinkProps;
}

/** Every correction published on the site, newest first; ties keep the index's stable order. */
export function allCorrections(model: SiteModel, base: string): CorrectionView[] {
  return model.index.all
    .flatMap((entity) =>
      updateLogOf(model, entity.data, base)
        .filter((update) => update.kind === 'correction')
        .map((update) => ({
          ...update,
          entry: { href: entityHref(entity.collection, entity.id, base), label: displayTitle(entity) },
        })),
    )
    .sort((a, b) => comparePartialDates(parsePartialDate(b.date), parsePartialDate(a.date)));
}
