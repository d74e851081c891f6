import fs from 'node:fs';
import path from 'node:path';
import type {
  ServerAddress,
  ServerBackupEntry,
  ServerBackupStatus,
  ServerBackupStep,
  ServerDrillReport,
} from '../../../shared/contract';
import type { CallContext, Handlers } from '../../dispatch';
import { AppError } from '../errors';
import { serverFailure, type ServerDesks } from '../staff/desks';
import {
  BackupFolderChoice,
  findTools,
  missingPackage,
  serverVersion,
  toolUrl,
  type DeskLogin,
  type DeskLogins,
} from './backup-desk';
import { dumpServer, readManifest, restoreDrill, type DrillResult } from './pg-backup';
import { folderBackups } from './pg-backup-folder';
import { PgToolMissingError } from './pg-tools';

/*
 * Settings → Backups on a server workstation (issue 13 §7): the channels run pg-backup.ts, the
 * same service as the scheduled command, with the signed-in admin's own database login (the
 * dispatch gate lets only admins in; the server's grants decide what that login may read). One
 * backup or drill at a time per workstation; `status` says what it is doing meanwhile.
 */

type Channels =
  | 'server-backups:status'
  | 'server-backups:list'
  | 'server-backups:run'
  | 'server-backups:drill'
  | 'server-backups:folder:set';

export type ServerBackupHandlers = Pick<Handlers, Channels>;

export interface ServerBackupDeps {
  dataDir: string;
  address: ServerAddress;
  desks: ServerDesks;
  logins: DeskLogins;
  /** Where pg_dump and pg_restore are; VALGO_PG_BIN, else found (pg-tools.ts). */
  pgBinDir?: string;
}

/** In "This computer only" mode: these are the practice server's backups. */
export function localServerBackupHandlers(): ServerBackupHandlers {
  const refuse = async (): Promise<never> => {
    throw new AppError(
      'CONFLICT',
      "Server backups are for a workstation of a practice server; this computer's own database is backed up in Settings → Backups.",
    );
  };
  return {
    'server-backups:status': refuse,
    'server-backups:list': refuse,
    'server-backups:run': refuse,
    'server-backups:drill': refuse,
    'server-backups:folder:set': refuse,
  };
}

export function serverBackupHandlers(deps: ServerBackupDeps): ServerBackupHandlers {
  const folders = new BackupFolderChoice(deps.dataDir);
  const binDir = () => deps.pgBinDir ?? (process.env.VALGO_PG_BIN || undefined);
  let running: ServerBackupStatus['running'] = null;

  const desk = (ctx: CallContext) => {
    const found = deps.desks.get(ctx.session);
    if (!found) throw new AppError('SIGNED_OUT', 'Please sign in first.');
    return found;
  };
  const loginOf = (ctx: CallContext): DeskLogin => {
    const who = deps.logins.of(desk(ctx).db);
    if (!who) throw new AppError('SIGNED_OUT', 'Please sign in again to back up the server.');
    return who;
  };
  /** One job at a time; `step` follows it for the status. */
  const exclusive = async <T>(task: 'backup' | 'drill', work: (step: (s: ServerBackupStep) => void) => Promise<T>) => {
    if (running) throw new AppError('CONFLICT', 'A backup or restore drill is already running on this workstation.');
    const job = { task, step: 'check' as ServerBackupStep, startedAt: new Date().toISOString() };
    running = job;
    try {
      return await work((s) => {
        job.step = s;
      });
    } catch (error) {
      if (error instanceof PgToolMissingError) throw new AppError('CONFLICT', error.message);
      const failure = serverFailure(error, deps.desks.where);
      if (failure instanceof AppError) throw failure;
      throw new AppError('CONFLICT', `The ${task} did not finish: ${(error as Error).message}`);
    } finally {
      running = null;
    }
  };
  const manifestFile = (name: string) => {
    const file = path.join(folders.get().folder, name);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'This backup is not in the backup folder any more.');
    try {
      readManifest(file);
    } catch {
      throw new AppError('CONFLICT', 'This backup’s manifest cannot be read.');
    }
    return file;
  };

  return {
    'server-backups:status': async (_input, ctx) => {
      const server = await serverVersion(desk(ctx).db).catch((error: unknown) => {
        throw serverFailure(error, deps.desks.where);
      });
      const tools = await findTools(binDir());
      return {
        ...folders.get(),
        serverVersion: server.version,
        serverMajor: server.major,
        tools,
        install: missingPackage(tools, server.major),
        running: running ? { ...running } : null,
      };
    },
    'server-backups:list': async () => {
      const { folder } = folders.get();
      return { folder, backups: folderBackups(folder).map(({ file, manifest }) => toEntry(file, manifest)) };
    },
    'server-backups:run': async (_input, ctx) => {
      const url = toolUrl(deps.address, loginOf(ctx));
      const { folder } = folders.get();
      return exclusive('backup', async (onStep) => {
        const started = Date.now();
        const bin = binDir();
        const result = await dumpServer({ url, folder, onStep, ...(bin ? { pgBinDir: bin } : {}) });
        const name = path.basename(result.manifestFile);
        const { dump, createdAt, roles } = result.manifest;
        return {
          name,
          createdAt,
          dumpBytes: dump.bytes,
          sha256: dump.sha256,
          rolePasswords: roles ? roles.passwords : null,
          drill: drillReport(name, result.drill, started),
        };
      });
    },
    'server-backups:drill': async ({ name }, ctx) => {
      const url = toolUrl(deps.address, loginOf(ctx));
      const file = manifestFile(name);
      return exclusive('drill', async (onStep) => {
        const started = Date.now();
        const bin = binDir();
        const drill = await restoreDrill({ url, manifestFile: file, onStep, ...(bin ? { pgBinDir: bin } : {}) });
        return drillReport(name, drill, started);
      });
    },
    'server-backups:folder:set': async ({ folder }) => folders.set(folder),
  };
}

function drillReport(name: string, drill: DrillResult, started: number): ServerDrillReport {
  return {
    name,
    ok: drill.ok,
    intact: drill.intact,
    listed: drill.listed,
    tables: drill.tables,
    problem: drill.problem ?? null,
    ms: Date.now() - started,
  };
}

function toEntry(file: string, manifest: ReturnType<typeof readManifest>): ServerBackupEntry {
  const drill = manifest.lastDrill;
  return {
    name: file,
    createdAt: manifest.createdAt,
    database: manifest.database,
    schemaVersion: manifest.schemaVersion,
    dumpBytes: manifest.dump.bytes,
    sha256: manifest.dump.sha256,
    roles: manifest.roles !== null,
    verdict: drill ? (drill.ok ? 'ok' : 'failed') : 'unchecked',
    checkedAt: drill?.at ?? null,
    problem: drill?.problem ?? null,
  };
}
