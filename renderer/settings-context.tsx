import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Settings } from '../shared/contract';

interface SettingsValue {
  settings: Settings;
  /** Replace the app's copy after main stored (or is storing) a change. */
  setSettings(settings: Settings): void;
}

const SettingsContext = createContext<SettingsValue | null>(null);

/** The practice's settings as loaded at start; the UI language comes from here. */
export function SettingsProvider({ initial, children }: { initial: Settings; children: (s: Settings) => ReactNode }) {
  const [settings, setSettings] = useState(initial);
  const value = useMemo(() => ({ settings, setSettings }), [settings]);
  return <SettingsContext.Provider value={value}>{children(settings)}</SettingsContext.Provider>;
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
