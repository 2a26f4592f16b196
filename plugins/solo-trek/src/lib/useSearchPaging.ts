import { useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';

/** How long typing must pause before the query is sent, so a word costs one request. */
export const SEARCH_DELAY_MS = 250;

/**
 * A server-side search over a paged list: the `text` as typed, the query `q`
 * sent once typing pauses, and the `page`, which goes back to the first page
 * whenever the query changes.
 */
export function useSearchPaging() {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  useDebounce(
    () => {
      const next = text.trim();
      if (next !== q) {
        setQ(next);
        setPage(0);
      }
    },
    SEARCH_DELAY_MS,
    [text],
  );
  return { text, setText, q, page, setPage };
}
