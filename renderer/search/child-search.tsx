import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import type { PatientSearchResult } from '../../shared/contract';
import { useApiQuery } from '../data';
import { paths, useRouter } from '../router';

/*
 * The child search behind the always-visible search field. It lives above the screens so the
 * field works from anywhere: typing goes to the children list, ↑/↓ move, Enter opens. Answers
 * come from the query cache (keyed on the query text), so a write to any child re-reads it.
 */

export const SEARCH_DEBOUNCE_MS = 120;

export interface ChildSearch {
  query: string;
  setQuery(query: string): void;
  /** The query the shown result answers (lags `query` while a search runs). */
  shownQuery: string;
  result: PatientSearchResult | null;
  error: unknown;
  loading: boolean;
  active: number;
  setActive(index: number): void;
  move(delta: number): void;
  /** Open the highlighted child; when a search is still running, the first match once it lands. */
  openActive(): void;
  /** Open a child from the list: the field empties so the next search starts clean. */
  open(childId: number): void;
  inputRef: RefObject<HTMLInputElement | null>;
  focus(): void;
}

const SearchContext = createContext<ChildSearch | null>(null);

export function ChildSearchProvider({ children }: { children: ReactNode }) {
  const { navigate } = useRouter();
  const [query, setQueryText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [highlight, setHighlight] = useState<{ of: unknown; index: number }>({ of: null, index: 0 });
  const openWhenSettled = useRef(false);
  const inputRef = useRef<HTMLInputElement | null>(null);

  const trimmed = query.trim();
  useEffect(() => {
    if (trimmed === debounced) return;
    const timer = setTimeout(() => setDebounced(trimmed), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [trimmed, debounced]);

  const search = useApiQuery('patients:search', { query: debounced }, { keepPrevious: true });
  const settled = !search.isPlaceholderData && search.isFetched;
  const loading = trimmed !== debounced || !settled || search.isFetching;
  const items = search.data?.items;
  // The highlight belongs to one answer: a new answer starts again at its first match.
  const active = highlight.of === items ? highlight.index : 0;
  const setActive = useCallback((index: number) => setHighlight({ of: items, index }), [items]);

  const open = useCallback(
    (childId: number) => {
      setQueryText('');
      navigate(paths.child(childId));
    },
    [navigate],
  );

  // Enter pressed while the search was still running opens the first match once it lands.
  useEffect(() => {
    if (loading || !openWhenSettled.current) return;
    openWhenSettled.current = false;
    const first = items?.[0];
    if (!first) return;
    const timer = setTimeout(() => open(first.id), 0);
    return () => clearTimeout(timer);
  }, [loading, items, open]);

  const setQuery = useCallback((next: string) => setQueryText(next), []);

  const move = useCallback(
    (delta: number) => {
      const count = items?.length ?? 0;
      if (count) setHighlight({ of: items, index: Math.min(count - 1, Math.max(0, active + delta)) });
    },
    [items, active],
  );

  const openActive = useCallback(() => {
    if (loading) {
      openWhenSettled.current = true;
      return;
    }
    const child = items?.[active];
    if (child) open(child.id);
  }, [loading, items, active, open]);

  const focus = useCallback(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const value = useMemo<ChildSearch>(
    () => ({
      query,
      setQuery,
      shownQuery: search.isPlaceholderData ? '' : debounced,
      result: search.data ?? null,
      error: search.error ?? null,
      loading,
      active,
      setActive,
      move,
      openActive,
      open,
      inputRef,
      focus,
    }),
    [
      query,
      setQuery,
      search.data,
      search.error,
      search.isPlaceholderData,
      debounced,
      loading,
      active,
      setActive,
      move,
      openActive,
      open,
      focus,
    ],
  );
  return <SearchContext.Provider value={value}>{children}</SearchContext.Provider>;
}

export function useChildSearch(): ChildSearch {
  const search = useContext(SearchContext);
  if (!search) throw new Error('useChildSearch() outside <ChildSearchProvider>');
  return search;
}

export const optionId = (childId: number) => `child-option-${childId}`;
export const LIST_ID = 'children-list';
