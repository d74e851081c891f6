import type { Kysely } from 'kysely';
import type { Engine } from '../engine';
import * as m0001 from './0001-init';
import * as m0002 from './0002-clinical-record';
import * as m0003 from './0003-appointments';
import * as m0004 from './0004-booklets';
import * as m0005 from './0005-care-plans';
import * as m0006 from './0006-course-returns';
import * as m0007 from './0007-names-and-phones';
import * as m0008 from './0008-audit-log';
import * as m0009 from './0009-staff';
import * as m0010 from './0010-change-log';
import * as m0011 from './0011-row-versions';
import * as m0012 from './0012-search-prefixes';
import * as m0013 from './0013-server-roles';
import * as m0014 from './0014-server-staff';
import * as m0015 from './0015-staff-cutoff';
import * as m0016 from './0016-diary-index-only';
import * as m0017 from './0017-server-change-prune';

export interface Migration {
  version: number;
  name: string;
  /** Runs inside the migration transaction; `engine` picks the SQL where the two engines differ. */
  up(db: Kysely<unknown>, engine: Engine): Promise<void>;
}

/**
 * Every migration, in order, imported statically (a folder read at run time breaks inside asar).
 * Never edit a shipped entry: add the next one.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'init', up: m0001.up },
  { version: 2, name: 'clinical-record', up: m0002.up },
  { version: 3, name: 'appointments', up: m0003.up },
  { version: 4, name: 'booklets', up: m0004.up },
  { version: 5, name: 'care-plans', up: m0005.up },
  { version: 6, name: 'course-returns', up: m0006.up },
  { version: 7, name: 'names-and-phones', up: m0007.up },
  { version: 8, name: 'audit-log', up: m0008.up },
  { version: 9, name: 'staff', up: m0009.up },
  { version: 10, name: 'change-log', up: m0010.up },
  { version: 11, name: 'row-versions', up: m0011.up },
  { version: 12, name: 'search-prefixes', up: m0012.up },
  { version: 13, name: 'server-roles', up: m0013.up },
  { version: 14, name: 'server-staff', up: m0014.up },
  { version: 15, name: 'staff-cutoff', up: m0015.up },
  { version: 16, name: 'diary-index-only', up: m0016.up },
  { version: 17, name: 'server-change-prune', up: m0017.up },
];
