/**
 * `Promise.all(items.map(fn))` with at most `limit` calls in flight. Reading every file of a
 * 20,000-entry folder at once fails with EMFILE above the open-file limit (issue 12).
 */
/**
 * Files read at once: far below any open-file limit (Linux defaults to 1,024, macOS to 256),
 * and enough to keep the workers fed.
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
