import fs from 'node:fs';
import type { Kysely } from 'kysely';
import type { DataSource, DataSourceState } from '../../../shared/contract';
import type { Handlers, CallContext } from '../../dispatch';
import type { Database } from '../../db/schema';
import { LOCAL, readDataSource, sameSource, writeDataSource } from '../../data-source';
import { AppError } from '../errors';
import { staffCount } from '../staff/staff';
import { moveHandlers } from './move';
import { caFileProblem, testConnection } from './probe';

type DataSourceHandlers = Pick<
  Handlers,
  'data-source:get' | 'data-source:set' | 'data-source:test' | 'data-source:move' | 'data-source:move-progress'
>;

export interface DataSourceDeps {
  dataDir: string;
  /** What the running core uses (startCore read it from data-source.json at start). */
  active: DataSource;
  /**
   * Whether nobody has an account yet (first run), so anyone at this computer may choose.
   * Server mode: never (the set-up command created the first admin).
   */
  noStaffYet(): Promise<boolean>;
}

/** Refuses a CA file that is not there or holds no PEM certificate (a field error on `caFile`). */
function checkCaFile(caFile: string | null): void {
  const problem = caFile ? caFileProblem(caFile) : null;
  if (!problem) return;
  throw new AppError(
    'VALIDATION',
    problem === 'unreadable' ? 'There is no readable file at this path.' : 'This file holds no PEM certificate.',
    [{ path: 'caFile', message: problem }],
  );
}

/** The data-source channels: what is chosen, choosing (for the next start), and "Test connection". */
export function dataSourceHandlers(deps: DataSourceDeps): DataSourceHandlers {
  const canChange = async (ctx: CallContext) => {
    if (ctx.user?.role === 'admin') return true;
    if (ctx.user) return false;
    return readDataSource(deps.dataDir).chosen === null && (await deps.noStaffYet());
  };
  const state = async (ctx: CallContext): Promise<DataSourceState> => {
    const { chosen } = readDataSource(deps.dataDir);
    return {
      chosen,
      active: deps.active,
      restartNeeded: !sameSource(chosen ?? LOCAL, deps.active),
      canChange: await canChange(ctx),
    };
  };
  const mayChange = async (ctx: CallContext) => {
    // Handlers composed without a data folder (tools, tests) neither store a choice nor probe servers.
    if (!fs.existsSync(deps.dataDir)) {
      throw new AppError('CONFLICT', 'The data source cannot be changed or tested in this window.');
    }
    if (await canChange(ctx)) return;
    throw new AppError(
      ctx.user ? 'DENIED' : 'SIGNED_OUT',
      ctx.user ? 'Only the administrator may change where the data lives.' : 'Please sign in first.',
    );
  };
  return {
    'data-source:get': (_input, ctx) => state(ctx),
    'data-source:set': async (source, ctx) => {
      await mayChange(ctx);
      if (source.kind === 'server') checkCaFile(source.caFile);
      writeDataSource(deps.dataDir, source);
      return state(ctx);
    },
    'data-source:test': async ({ login, password, ...address }, ctx) => {
      await mayChange(ctx);
      checkCaFile(address.caFile);
      return testConnection(address, login, password);
    },
    ...moveHandlers(deps, mayChange),
  };
}

/** The deps for a core over the embedded SQLite file. */
export function localDataSource(db: Kysely<Database>, dataDir: string, active: DataSource = LOCAL): DataSourceDeps {
  return { dataDir, active, noStaffYet: async () => (await staffCount(db)) === 0 };
}
