import type { Generated } from 'kysely';

/** Row types of every table, declared once; services map them to the contract's domain types. */
export interface PatientTable {
  id: Generated<number>;
  first_name: string;
  last_name: string;
  date_of_birth: string;
  sex: 'female' | 'male';
  /** Folded "last first id" key: the list's sort order, and the source of `sort_rank`. */
  sort_key: string;
  /** Integer that orders children like `sort_key`; used as the search index rowid (see patient-search.ts). */
  sort_rank: number;
  created_at: string;
  updated_at: string;
}

export interface GuardianTable {
  id: Generated<number>;
  patient_id: number;
  /** Order of the guardian on the child's record; 0 is the main contact. */
  position: number;
  name: string;
  phone: string;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface Database {
  patients: PatientTable;
  guardians: GuardianTable;
  settings: SettingTable;
  schema_migrations: SchemaMigrationTable;
}
