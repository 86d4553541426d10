/**
 * A title as a quote caption says it: short, and with the body it belongs to when the title alone
 * does not say ("Director, FBI"). The profile page shows the title in full; captions need only
 * enough to place the speaker.
 */
import type { ActorTitle } from './role-at.ts';

/**
 * - A trailing parenthetical (a formal long form) is dropped: "Foreign Secretary (Secretary of
 *   State for …)" → "Foreign Secretary".
 * - The body's shortest name is added, unless the title already names its scope ("MP for …",
 *   "Attorney for …") or the body itself ("Member of the House of Lords").
 *
 * @param organisationNames the name and aliases of the title's organisation; empty when it has none
 */
export function roleCaption(title: Pick<ActorTitle, 'title'>, organisationNames: readonly string[]): string {
  const short = title.title.replace(/\s*\([^()]*\)$/, '');
  if (organisationNames.length === 0 || / for /i.test(short)) return short;
  const lower = short.toLowerCase();
  if (organisationNames.some((name) => lower.includes(name.toLowerCase()))) return short;
  const shortest = organisationNames.reduce((a, b) => (b.length < a.length ? b : a));
  return `${short}, ${shortest}`;
}
