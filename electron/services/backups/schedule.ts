import type { BackupService } from './service';

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Automatic backups: one now (at start) and one every `intervalMs` while the app runs. The timer
 * is unref'd, so it never keeps the process alive; `stop` clears it and waits for a backup in
 * progress, before the database closes.
 */
export function startBackupSchedule(backups: BackupService, intervalMs = DAY_MS): { stop(): Promise<void> } {
  void backups.runAuto();
  const timer = setInterval(() => void backups.runAuto(), intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await backups.idle();
    },
  };
}
