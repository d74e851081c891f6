import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewBooklet } from '../../../electron/services/booklets/booklets';
import { createClinician } from '../../../electron/services/settings/clinicians';
import { createBackups } from '../../../electron/services/backups/service';
import { ReadOnlyDatabases } from '../../../electron/render-worker/read-only-db';
import { freshDb, tempDir } from '../test-db';
import { PlanChoices } from '../../../shared/contract';
import { assessedChild, NOW, testPool } from './pool-fixture';

/*
 * A preview composed in the render worker from the database file (main forwards ids only) is the
 * preview main would compose: the same plan, check-ups and bytes, as of the last committed write.
 * Refusals cross the thread as the same field-naming errors, and a restore's new file is read.
 */

describe('a preview composed in the render worker', () => {
  it('equals the preview main composes, and reads a write committed just before', async () => {
    const handle = await freshDb();
    const input = await assessedChild(handle.db);
    const renderer = testPool();
    const inWorker = { now: () => NOW, renderer, dbFile: handle.file };
    const onMain = { now: () => NOW };

    const first = await previewBooklet(handle.db, input, inWorker);
    expect(first.pdf!.pages).toBeGreaterThan(1);
    expect(first).toEqual(await previewBooklet(handle.db, input, onMain));

    await handle.db.updateTable('patients').set({ first_name: 'Lea' }).where('id', '=', input.patientId).execute();
    const renamed = await previewBooklet(handle.db, input, inWorker);
    expect(renamed.pdf!.pdfBase64).not.toBe(first.pdf!.pdfBase64);
    expect(renamed).toEqual(await previewBooklet(handle.db, input, onMain));
    expect(renderer.mode).toBe('worker');
    expect(renderer.rendered).toBe(2);
  }, 90_000);

  it('refuses a missing child and a start before birth with the errors main gives', async () => {
    const handle = await freshDb();
    const input = await assessedChild(handle.db);
    const deps = { now: () => NOW, renderer: testPool(), dbFile: handle.file };
    await expect(previewBooklet(handle.db, { ...input, patientId: 999 }, deps)).rejects.toMatchObject({
      name: 'AppError',
      code: 'NOT_FOUND',
    });
    const early = PlanChoices.parse({ settings: { startDate: '2001-01-01' }, language: 'en', paper: 'A4' });
    await expect(previewBooklet(handle.db, { ...input, choices: early }, deps)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'choices.settings.startDate', message: 'beforeBirth' }],
    });
  }, 90_000);

  it('reads the restored database after a restore, the workers having let go of the old file first', async () => {
    const dir = tempDir();
    const handle = await freshDb(dir);
    const input = await assessedChild(handle.db);
    const renderer = testPool();
    let released = 0;
    const backups = createBackups({
      database: handle,
      dataDir: dir,
      appVersion: 't',
      releaseReaders: async () => {
        released++;
        await renderer.release();
      },
    });
    const deps = { now: () => NOW, renderer, dbFile: handle.file };
    const before = await previewBooklet(handle.db, input, deps);
    const taken = await backups.run();
    await handle.db.updateTable('patients').set({ first_name: 'Lea' }).where('id', '=', input.patientId).execute();
    expect((await previewBooklet(handle.db, input, deps)).pdf!.pdfBase64).not.toBe(before.pdf!.pdfBase64);

    const restored = await backups.restore(taken.name);
    expect(restored.outcome).toBe('restored');
    expect(released).toBe(1);
    expect((await previewBooklet(handle.db, input, deps)).pdf!.pdfBase64).toBe(before.pdf!.pdfBase64);
  }, 90_000);

  it('runs on main, on its own read-only connection, when there is no worker', async () => {
    const handle = await freshDb();
    const input = await assessedChild(handle.db);
    const renderer = testPool({ kind: 'absent', looked: [] });
    const preview = await previewBooklet(handle.db, input, { now: () => NOW, renderer, dbFile: handle.file });
    expect(renderer.mode).toBe('in-process');
    expect(preview).toEqual(await previewBooklet(handle.db, input, { now: () => NOW }));
  }, 60_000);
});

describe('ReadOnlyDatabases', () => {
  it('reopens a file replaced under the same path and closes everything on release', async () => {
    const dir = tempDir();
    const a = await freshDb(path.join(dir));
    await createClinician(a.db, { name: 'A', title: '', phone: '', active: true });
    const other = await freshDb();
    await createClinician(other.db, { name: 'B', title: '', phone: '', active: true });
    await other.close();

    const readers = new ReadOnlyDatabases();
    const names = () =>
      readers.with(a.file, async (db) =>
        (await db.selectFrom('clinicians').select('name').execute()).map((r) => r.name),
      );
    expect(await names()).toEqual(['A']);
    // A restore renames another file over the live one (a new inode), its log emptied first.
    a.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    fs.copyFileSync(other.file, `${a.file}.new`);
    fs.renameSync(`${a.file}.new`, a.file);
    expect(await names()).toEqual(['B']);
    expect(readers.size).toBe(1);
    await readers.release();
    expect(readers.size).toBe(0);
    // Writes through a reader are refused: the worker never writes.
    await expect(readers.with(a.file, (db) => db.deleteFrom('clinicians').execute())).rejects.toThrow(/readonly/i);
    await readers.release();
  });
});
