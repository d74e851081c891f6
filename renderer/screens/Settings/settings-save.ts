import { useRef } from 'react';
import type { Settings } from '../../../shared/contract';
import { useNotifier } from '../../components/Notifier';
import { useApiMutation } from '../../data';
import { useSettings } from '../../settings-context';

/**
 * A setting that applies as soon as it is chosen (language, calendars per booklet): shown at once,
 * stored by main, put back and explained if main refuses. Quick changes: only the last answer counts.
 */
export function useInstantSetting(): (change: Partial<Settings>) => Promise<void> {
  const { settings, setSettings } = useSettings();
  const { reportError } = useNotifier();
  const update = useApiMutation('settings:update', { invalidates: ['settings'] });
  const latest = useRef(0);
  return async (change) => {
    const before = settings;
    const call = ++latest.current;
    setSettings({ ...settings, ...change });
    try {
      const stored = await update.mutateAsync(change);
      if (call === latest.current) setSettings(stored);
    } catch (error) {
      if (call !== latest.current) return;
      setSettings(before);
      reportError(error);
    }
  };
}
