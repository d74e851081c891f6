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
import type { PatientSearchResult } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { paths, useRouter } from '../../router';

/*
 * The child search behind the always-visible search field. It lives above the screens so the
 * field works from anywhere: typing goes to the children list, ↑/↓ move, Enter opens.
 */

export const SEARCH_DEBOUNCE_MS = 120;

interface Settled {
  /** The trimmed query and refresh count the result belongs to. */
  key: string;
  query: string;
  result: PatientSearchResult | null;
  error: unknown;
}

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
  refresh(): void;
  inputRef: RefObject<HTMLInputElement | null>;
  focus(): void;
}

const SearchContext = createContext<ChildSearch | null>(null);

export function ChildSearchProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { navigate } = useRouter();
  const [query, setQuery] = useState('');
  const [refreshes, setRefreshes] = useState(0);
  const [settled, setSettled] = useState<Settled | null>(null);
  const [active, setActive] = useState(0);
  const openWhenSettled = useRef(false);
  const inputRef = useRef<HTMLInputElement | null>(null);

  const trimmed = query.trim();
  const key = `${refreshes}|${trimmed}`;
  const first = settled === null;

  useEffect(() => {
    // Cleanup marks this request stale, so an older, slower answer never replaces a newer one.
    let stale = false;
    const timer = setTimeout(
      () => {
        api.call('patients:search', { query: trimmed }).then(
          (result) => {
            if (stale) return;
            setSettled({ key, query: trimmed, result, error: null });
            setActive(0);
            if (openWhenSettled.current) {
              openWhenSettled.current = false;
              const firstChild = result.items[0];
              if (firstChild) navigate(paths.child(firstChild.id));
            }
          },
          (error: unknown) => {
            if (stale) return;
            openWhenSettled.current = false;
            setSettled((previous) => ({ key, query: trimmed, result: previous?.result ?? null, error }));
          },
        );
      },
      first ? 0 : SEARCH_DEBOUNCE_MS,
    );
    return () => {
      stale = true;
      clearTimeout(timer);
    };
    // `first` only picks the delay of the very first search; it must not trigger one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, trimmed, navigate]);

  const loading = settled?.key !== key;
  const items = settled?.result?.items;

  const move = useCallback(
    (delta: number) => {
      const count = items?.length ?? 0;
      if (count) setActive((index) => Math.min(count - 1, Math.max(0, index + delta)));
    },
    [items],
  );

  const openActive = useCallback(() => {
    if (loading) {
      openWhenSettled.current = true;
      return;
    }
    const child = items?.[active];
    if (child) navigate(paths.child(child.id));
  }, [loading, items, active, navigate]);

  const refresh = useCallback(() => setRefreshes((n) => n + 1), []);
  const focus = useCallback(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const value = useMemo<ChildSearch>(
    () => ({
      query,
      setQuery,
      shownQuery: settled?.query ?? '',
      result: settled?.result ?? null,
      error: settled?.error ?? null,
      loading,
      active,
      setActive,
      move,
      openActive,
      refresh,
      inputRef,
      focus,
    }),
    [query, settled, loading, active, move, openActive, refresh, focus],
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
