import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BookletRequest } from '../../../shared/contract/booklets';
import { issueBooklet, previewBooklet, reissueBooklet } from '../../../electron/services/booklets/booklets';
import { freshDb } from '../test-db';
import { assessedChild, NOW, testPool } from './pool-fixture';

/*
 * The booklet services with their PDFs rendered by the render pool (real render processes) give
 * the answers an in-process render gives: the same bytes, the same field-naming errors.
 */

describe('booklets rendered by the pool', () => {
  it('previews, issues and re-issues with the bytes an in-process render gives', async () => {
    const renderer = testPool();
    const [a, b] = [await freshDb(), await freshDb()];
    const [inputA, inputB] = [await assessedChild(a.db), await assessedChild(b.db)];
    const inWorker = { now: () => NOW, renderer };
    const inProcess = { now: () => NOW };

    const [pw, pp] = [await previewBooklet(a.db, inputA, inWorker), await previewBooklet(b.db, inputB, inProcess)];
    expect(pw.pdf!.pages).toBeGreaterThan(1);
    expect(pw.pdf).toEqual(pp.pdf);

    const issue = { plan: 'new', action: 'download' } as const;
    const iw = await issueBooklet(a.db, { ...inputA, ...issue }, inWorker);
    const ip = await issueBooklet(b.db, { ...inputB, ...issue }, inProcess);
    expect(iw.booklet!.sha256).toBe(ip.booklet!.sha256);
    expect(iw.pdf!.pdfBase64).toBe(ip.pdf!.pdfBase64);

    const rw = await reissueBooklet(a.db, iw.booklet!.id, 'download', inWorker);
    const rp = await reissueBooklet(b.db, ip.booklet!.id, 'download', inProcess);
    expect(rw.booklet!.sha256).toBe(rp.booklet!.sha256);
    expect(rw.pdf!.pdfBase64).toBe(rp.pdf!.pdfBase64);
    expect(renderer.rendered).toBe(3);
  }, 60_000);

  it('names a character the font cannot print as a field problem, not an internal error', async () => {
    const { db } = await freshDb();
    const input = await assessedChild(db);
    await db.updateTable('patients').set({ first_name: 'M\u{1D504}a' }).where('id', '=', input.patientId).execute();
    await expect(previewBooklet(db, input, { now: () => NOW, renderer: testPool() })).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'child.firstName', message: 'unprintableCharacter' }],
    });
  }, 60_000);

  it('answers a preview superseded by a newer one for the same child with CONFLICT, unrendered', async () => {
    const { db } = await freshDb();
    const input = await assessedChild(db);
    const renderer = testPool();
    const fixture = path.resolve('tests/fixtures/booklet-full-en.json');
    // Keeps the one worker busy while both previews of the child queue behind it.
    const busy = renderer.render({ request: BookletRequest.parse(JSON.parse(fs.readFileSync(fixture, 'utf8'))) });
    const deps = { now: () => NOW, renderer };
    const outcomes = await Promise.allSettled([previewBooklet(db, input, deps), previewBooklet(db, input, deps)]);
    await busy;
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = outcomes.find((o) => o.status === 'rejected')!;
    expect(rejected.reason).toMatchObject({ code: 'CONFLICT' });
    expect(renderer.rendered).toBe(2);
  }, 60_000);
});
