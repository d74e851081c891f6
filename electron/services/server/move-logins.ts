import BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { Password, ROLES, type Role } from '../../../shared/contract';
import { openPostgres, type OpenPostgres } from '../../db/engine';
import type { Database } from '../../db/schema';
import { AppError } from '../errors';
import { MoveRefusedError, moveToServer, type MoveProgress, type MoveReport } from './move';
import { groupRole, ident, isLoginName, literal, ownerRole, scramVerifier } from './roles';

/*
 * The move of a practice (move.ts) joined with the server's staff logins (issue 13 §6 with §2):
 * the server database was set up for a move (setup.ts with no administrator), the practice's
 * rows are copied, and, in the same transaction, every moved active member of staff gets their
 * own database login inside their role's group, named as valgo_add_staff names them (the
 * username lower-cased, which is also their `username_folded`, so sign-in finds their row).
 * The administrator named for the move gets the new password given here (as a SCRAM verifier:
 * the plain password never reaches the server); everyone else gets a login without a password,
 * which cannot sign in until the administrator sets one (Settings → Staff → Reset password).
 * The app's password hashes never become server passwords. The CLI (server:move) and the admin
 * action (data-source:move) both call movePractice.
 */

export interface MovedLogin {
  username: string;
  /** The database login (null when the username is not a valid login name). */
  login: string | null;
  role: Role;
  /** The administrator who moved: signs in with the password given for the move. */
  admin: boolean;
  /** 'created', or why not: the username is no login name, or the login already exists on this server. */
  outcome: 'created' | 'invalidLogin' | 'loginTaken';
}

export interface PracticeMoveReport extends MoveReport {
  logins: MovedLogin[];
}

export interface PracticeMoveOptions {
  sqliteFile: string;
  /** The server database, acting as its owner role (openMoveTarget). */
  target: Kysely<Database>;
  /** The username (in the file) of an active administrator: the first to sign in on the server. */
  adminLogin: string;
  /** Their new server password (at least 8 characters); never stored but as a SCRAM verifier. */
  adminPassword: string;
  onProgress?: (progress: MoveProgress) => void;
}

const invalid = (path: string, message: string, text: string) => new AppError('VALIDATION', text, [{ path, message }]);

interface FileStaff {
  username: string;
  username_folded: string;
  role: Role;
  active: number;
}

/** The file's staff, read-only. */
function fileStaff(sqliteFile: string): FileStaff[] {
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(sqliteFile, { readonly: true, fileMustExist: true });
  } catch {
    throw new MoveRefusedError(`There is no Valgo database at ${sqliteFile}.`);
  }
  try {
    if (!sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'staff'`).get()) {
      throw new MoveRefusedError('The SQLite file has no staff accounts: open it once with this version of Valgo.');
    }
    return sqlite.prepare('SELECT username, username_folded, role, active FROM staff ORDER BY id').all() as FileStaff[];
  } finally {
    sqlite.close();
  }
}

/** Who gets which login; refuses (before anything is written) an administrator who cannot lead the move. */
export function planLogins(sqliteFile: string, adminLogin: string, adminPassword: string): MovedLogin[] {
  const wanted = adminLogin.trim().toLowerCase();
  const staff = fileStaff(sqliteFile).filter((s) => s.active === 1 && ROLES.includes(s.role));
  const admin = staff.find((s) => s.username.toLowerCase() === wanted);
  if (!admin || admin.role !== 'admin') {
    throw invalid(
      'adminLogin',
      'notMovedAdmin',
      `"${adminLogin}" is not an active administrator in this practice's file: name one who is.`,
    );
  }
  if (!isLoginName(wanted) || wanted !== admin.username_folded) {
    throw invalid(
      'adminLogin',
      'invalidLogin',
      `The username "${admin.username}" cannot be a server login (2-40 letters a-z, digits or _, starting with a letter).`,
    );
  }
  if (!Password.safeParse(adminPassword).success) {
    throw invalid('adminPassword', 'tooShort:8', 'The password must be at least 8 characters.');
  }
  return staff.map((s) => {
    const login = s.username.toLowerCase();
    const valid = isLoginName(login) && login === s.username_folded;
    return {
      username: s.username,
      login: valid ? login : null,
      role: s.role,
      admin: s === admin,
      outcome: valid ? 'created' : 'invalidLogin',
    };
  });
}

/** The server can take the logins: its groups exist, this session may create roles, the admin's login is free. */
async function checkServer(target: Kysely<Database>, logins: MovedLogin[]): Promise<void> {
  const { rows } = await sql<{ db: string; creator: boolean }>`
    SELECT current_database() AS db,
      (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) AS creator`.execute(target);
  const { db, creator } = rows[0]!;
  const groups = ROLES.map((r) => groupRole(db, r));
  const { rows: found } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pg_roles WHERE rolname = ANY(${groups})`.execute(target);
  if (found[0]!.n !== groups.length) {
    throw invalid(
      'database',
      'notSetUpForMove',
      `The server database "${db}" was not set up for a move: run npm run server:setup -- --database ${db} --for-move first.`,
    );
  }
  if (!creator) {
    throw new MoveRefusedError(`Connect as the database's owner role (${ownerRole(db)}) to move a practice.`);
  }
  const names = logins.flatMap((l) => (l.login ? [l.login] : []));
  const { rows: taken } = await sql<{ rolname: string }>`
    SELECT rolname FROM pg_roles WHERE rolname = ANY(${names})`.execute(target);
  const takenNames = new Set(taken.map((r) => r.rolname));
  for (const login of logins) {
    if (!login.login || !takenNames.has(login.login)) continue;
    if (login.admin) {
      throw invalid(
        'adminLogin',
        'loginTaken',
        `The login "${login.login}" already exists on this server (another practice's?): nothing was copied.`,
      );
    }
    login.outcome = 'loginTaken';
  }
}

/** Makes the planned logins inside the copy's transaction (CREATE ROLE is transactional). */
async function createLogins(trx: Kysely<Database>, logins: MovedLogin[], adminPassword: string): Promise<void> {
  const { rows } = await sql<{ db: string }>`SELECT current_database() AS db`.execute(trx);
  const db = rows[0]!.db;
  for (const l of logins) {
    if (l.outcome !== 'created' || !l.login) continue;
    const password = l.admin ? literal(scramVerifier(adminPassword)) : 'NULL';
    await sql.raw(`CREATE ROLE ${ident(l.login)} LOGIN PASSWORD ${password}`).execute(trx);
    await sql.raw(`GRANT ${ident(groupRole(db, l.role))} TO ${ident(l.login)}`).execute(trx);
  }
}

/**
 * Moves the practice and makes its staff's logins: refusals (an administrator who cannot lead,
 * a server not set up for a move, a non-empty target...) come before anything is written.
 */
export async function movePractice(options: PracticeMoveOptions): Promise<PracticeMoveReport> {
  const logins = planLogins(options.sqliteFile, options.adminLogin, options.adminPassword);
  await checkServer(options.target, logins);
  const report = await moveToServer({
    sqliteFile: options.sqliteFile,
    target: options.target,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    within: (trx) => createLogins(trx, logins, options.adminPassword),
  });
  return { ...report, logins };
}

/**
 * Opens the server database for a move, acting as its owner role (`-c role=…`: a superuser, or a
 * login granted the owner role). Refuses a login that cannot act as the owner, naming it.
 */
export async function openMoveTarget(config: pg.ClientConfig & { database: string }): Promise<OpenPostgres> {
  const owner = ownerRole(config.database);
  const probe = new pg.Client(config);
  await probe.connect();
  try {
    const { rows } = await probe.query<{ exists: boolean; member: boolean | null }>(
      `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists,
        CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) THEN pg_has_role(session_user, $1, 'MEMBER') END AS member`,
      [owner],
    );
    if (!rows[0]!.exists) {
      throw invalid(
        'database',
        'notSetUpForMove',
        `The server database "${config.database}" was not set up by Valgo: run npm run server:setup -- --database ${config.database} --for-move first.`,
      );
    }
    if (!rows[0]!.member) {
      throw invalid(
        'ownerLogin',
        'notOwner',
        `The login "${String(config.user ?? '')}" cannot act as the database's owner (${owner}): use the server's superuser.`,
      );
    }
  } finally {
    await probe.end();
  }
  return openPostgres({ ...config, options: `-c role=${owner}`, max: 2 });
}
