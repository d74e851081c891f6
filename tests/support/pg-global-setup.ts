import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../electron/db/engine';
import { migratePostgres } from '../../electron/db/migrate';
import { startPgCluster } from './pg-cluster';

/*
 * globalSetup of the `unit-pg` project: one throwaway PostgreSQL cluster for the whole run and
 * one migrated TEMPLATE database on it. Every test copies the template (`serviceDb()` in
 * tests/unit/test-db.ts: CREATE DATABASE ... TEMPLATE, milliseconds) instead of migrating.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the template database (its path names the template). */
    pgTemplateUrl: string;
  }
}

export const TEMPLATE_NAME = 'valgo_template';

export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startPgCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${TEMPLATE_NAME}`);
    } finally {
      await admin.end();
    }
    const url = new URL(cluster.url);
    url.pathname = `/${TEMPLATE_NAME}`;
    // Migrated once, then closed: CREATE DATABASE ... TEMPLATE refuses while anyone is connected.
    const template = openPostgres({ connectionString: url.toString(), max: 1 });
    try {
      await migratePostgres(template.db);
    } finally {
      await template.close();
    }
    project.provide('pgTemplateUrl', url.toString());
  } catch (error) {
    cluster.stop();
    throw error;
  }
  return () => cluster.stop();
}
