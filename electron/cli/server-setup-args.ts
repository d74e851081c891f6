import { parseArgs } from 'node:util';
import type { SuperuserConnection } from '../services/server/setup';

export class SetupUsageError extends Error {}

export const SERVER_SETUP_USAGE = `Usage: node --import tsx electron/cli/server-setup.ts --database NAME --admin-login LOGIN
         [--admin-name "Full Name"] [--host HOST] [--port PORT] [--superuser-url URL] [--upgrade]
       node --import tsx electron/cli/server-setup.ts --database NAME --for-move [--host HOST] ...

Creates the practice database, its owner and group roles, and the first administrator's login.
--for-move creates everything but the administrator: an empty database for server:move, which
brings the practice's staff and makes their logins.
The superuser connection comes from --superuser-url, else from PGHOST, PGPORT, PGUSER, PGPASSWORD
(--host and --port override them). The administrator's password is read from standard input
(or asked for twice at a terminal), never from the command line.
--upgrade brings an existing practice database to this version's schema instead.`;

export interface ServerSetupArgs {
  superuser: SuperuserConnection;
  database: string;
  adminLogin: string | null;
  adminName: string | null;
  upgrade: boolean;
  /** A set-up for a move: no administrator (server:move makes the staff's logins). */
  forMove: boolean;
  help: boolean;
}

export function parseServerSetupArgs(argv: readonly string[]): ServerSetupArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        database: { type: 'string' },
        'admin-login': { type: 'string' },
        'admin-name': { type: 'string' },
        'superuser-url': { type: 'string' },
        upgrade: { type: 'boolean', default: false },
        'for-move': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new SetupUsageError((error as Error).message);
  }
  if (values.help) {
    return {
      superuser: {},
      database: '',
      adminLogin: null,
      adminName: null,
      upgrade: false,
      forMove: false,
      help: true,
    };
  }
  if (!values.database) throw new SetupUsageError('--database is required.');
  const forMove = values['for-move'];
  if (forMove && values.upgrade) throw new SetupUsageError('--for-move and --upgrade cannot be combined.');
  if (forMove && (values['admin-login'] || values['admin-name'])) {
    throw new SetupUsageError(
      '--for-move creates no administrator: give --admin-login to server:move instead (a moved administrator).',
    );
  }
  if (!values.upgrade && !forMove && !values['admin-login']) {
    throw new SetupUsageError('--admin-login is required (or --for-move to set up for a move).');
  }
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new SetupUsageError('--port must be 1-65535.');
  }
  const superuser: SuperuserConnection = values['superuser-url']
    ? { connectionString: values['superuser-url'] }
    : { ...(values.host ? { host: values.host } : {}), ...(port ? { port } : {}) };
  if (values['superuser-url'] && (values.host || port)) {
    const url = new URL(values['superuser-url']);
    if (values.host) url.hostname = values.host;
    if (port) url.port = String(port);
    superuser.connectionString = url.toString();
  }
  return {
    superuser,
    database: values.database,
    adminLogin: values['admin-login'] ?? null,
    adminName: values['admin-name'] ?? null,
    upgrade: values.upgrade,
    forMove,
    help: false,
  };
}
