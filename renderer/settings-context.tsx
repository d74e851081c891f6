import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Settings } from '../shared/contract';
import { queryKeyOf } from './data';

/** The settings with the version main read them at (`settings:get`); a form's save sends it back. */
export type HeldSettings = Settings & { version?: number | undefined };

interface SettingsValue {
  settings: HeldSettings;
  /** Replace the app's copy after main stored (or is storing) a change. */
  setSettings(settings: HeldSettings): void;
}

const SettingsContext = createContext<SettingsValue | null>(null);

/**
 * The practice's settings, as the query cache holds them (`settings:get`); the UI language, the
 * date format and the clinic's country come from here. `setSettings` writes the cache, so every
 * screen reading settings sees a change at once.
 */
export function SettingsProvider({
  value,
  children,
}: {
  value: HeldSettings;
  children: (s: HeldSettings) => ReactNode;
}) {
  const client = useQueryClient();
  const setSettings = useCallback(
    (next: HeldSettings) => client.setQueryData(queryKeyOf('settings:get', {}), next),
    [client],
  );
  const context = useMemo(() => ({ settings: value, setSettings }), [value, setSettings]);
  return <SettingsContext.Provider value={context}>{children(value)}</SettingsContext.Provider>;
}

/** The settings where a screen can do without them (a screen rendered on its own): null outside the provider. */
export function useOptionalSettings(): Settings | null {
  return useContext(SettingsContext)?.settings ?? null;
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings() outside <SettingsProvider>');
  return value;
}
