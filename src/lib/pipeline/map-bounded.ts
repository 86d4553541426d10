/**
 * `Promise.all(items.map(fn))` with at most `limit` calls in flight. Reading every file of a
 * 20,000-entry folder at once failed with EMFILE above the open-file limit (issue 12); files are
 * now read synchronously, one open at a time, and the bound keeps the bytes waiting on the pool few.
 */
/**
 * Files in flight at once (read and waiting on the pool, or being loaded): enough to keep the
 * workers fed, few enough that their bytes never pile up.
 */
export const READ_CONCURRENCY = 64;

export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
