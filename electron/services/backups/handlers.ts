import type { Handlers } from '../../dispatch';
import { AppError } from '../errors';
import type { BackupService } from './service';

type BackupHandlers = Pick<
  Handlers,
  'backups:list' | 'backups:run' | 'backups:restore' | 'backups:drill' | 'backups:settings:get' | 'backups:settings:set'
>;

/** The backup channels; without a service (handlers built outside startCore) each says so. */
export function backupHandlers(
  backups: BackupService | undefined,
  /** Runs after a restore replaced the database (open sessions are checked against its accounts). */
  afterRestore: () => Promise<void> = async () => {},
): BackupHandlers {
  const service = (): BackupService => {
    if (!backups) throw new AppError('CONFLICT', 'Backups are not available in this window.');
    return backups;
  };
  return {
    'backups:list': () => service().list(),
    'backups:run': () => service().run(),
    'backups:restore': async ({ name }) => {
      const result = await service().restore(name);
      await afterRestore();
      return result;
    },
    'backups:drill': ({ name }) => service().drill(name),
    'backups:settings:get': () => service().settings(),
    'backups:settings:set': ({ folder }) => service().setFolder(folder),
  };
}
