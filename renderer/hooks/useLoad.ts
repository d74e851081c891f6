import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  value: T | undefined;
  error: unknown;
  loading: boolean;
  /** Load again (after a failure: the "Try again" button). */
  reload(): void;
}

/** Loads with `load` whenever `key` changes; answers for an older key are dropped. */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; value?: T; error?: unknown } | null>(null);
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  });

  const fullKey = `${key}#${attempt}`;
  useEffect(() => {
    let stale = false;
    latestLoad.current().then(
      (value) => !stale && setState({ key: fullKey, value }),
      (error: unknown) => !stale && setState({ key: fullKey, error: error ?? new Error('failed') }),
    );
    return () => {
      stale = true;
    };
  }, [fullKey]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const current = state?.key === fullKey ? state : null;
  return { value: current?.value, error: current?.error ?? null, loading: current === null, reload };
}
