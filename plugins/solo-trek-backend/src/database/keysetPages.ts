/**
 * A query read in pages by a unique string key, each page the next
 * `pageSize` rows after the last key seen: one indexed range read per page
 * whatever the offset, where OFFSET would rescan every earlier row. The
 * reports that walk a whole migration (issue 20) read their rows this way.
 */
export async function* keysetPages<R>(
  pageAfter: (after: string | undefined) => Promise<R[]>,
  keyOf: (row: R) => string,
  pageSize: number,
): AsyncGenerator<R[]> {
  let after: string | undefined;
  for (;;) {
    const rows = await pageAfter(after);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = keyOf(rows[rows.length - 1]);
  }
}
