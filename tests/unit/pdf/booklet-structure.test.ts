/*
 * The booklet as a file: page numbering, paper sizes, identical bytes for the same request,
 * embedded font subsets (never the 14 standard fonts), tagged PDF and its metadata.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BookletRequest } from '../../../shared/contract/booklets';
import { renderBooklet } from '../../../electron/pdf/booklet/render-booklet';
import { fixture, skipNote, pdffonts, pdfinfo, popplerMissing, render } from './booklet-helpers';

const en = fixture('booklet-full-en');
const ru = fixture('booklet-ru');

describe('booklet bytes', { timeout: 60_000 }, () => {
  it('are identical for the same request, rendered twice', async () => {
    const req = BookletRequest.parse(en);
    const [a, b] = [await renderBooklet(req), await renderBooklet(req)];
    expect(a.equals(b)).toBe(true);
    expect(a.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  });

  it('do not depend on what the process rendered before, nor on its time zone', async () => {
    // The Russian booklet first: its dates use no-break spaces, which share a glyph with the space.
    await renderBooklet(BookletRequest.parse(ru));
    const here = crypto
      .createHash('sha256')
      .update(await renderBooklet(BookletRequest.parse(en)))
      .digest('hex');
    const script = path.join(path.dirname(new URL(import.meta.url).pathname), 'render-in-fresh-process.ts');
    const fresh = spawnSync(process.execPath, ['--import', 'tsx', script, 'booklet-full-en'], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Pacific/Kiritimati' },
    });
    expect(fresh.stderr).toBe('');
    expect(fresh.stdout).toBe(here);
  });

  it('take the creation date from the request, not the clock', async () => {
    const pdf = (await renderBooklet(BookletRequest.parse(en))).toString('latin1');
    expect(pdf).toMatch(/\/CreationDate \d+ 0 R/);
    expect(pdf).toContain('(D:20250616093000Z)');
    expect(pdf).toContain('<xmp:CreateDate>2025-06-16T09:30:00Z</xmp:CreateDate>');
  });

  it('keep the XMP metadata valid XML whatever the names contain', async () => {
    const pdf = (
      await renderBooklet(BookletRequest.parse({ ...en, child: { ...en.child, firstName: 'Tom & <Jerry>' } }))
    ).toString('latin1');
    const xmp = /<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/.exec(pdf)?.[0] ?? '';
    expect(xmp).toContain('Tom &amp; &lt;Jerry&gt;');
    expect(xmp).not.toContain('Tom & <Jerry>');
    // The document info keeps the name as written.
    expect(pdf).toMatch(/\/Title \d+ 0 R/);
  });
});

describe.skipIf(popplerMissing)(`booklet file${skipNote}`, { timeout: 60_000 }, () => {
  it('numbers every page "page X of Y" in the booklet language, with the child and clinic phone', async () => {
    const { pages } = await render(en);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain('Clinic: +44 20 7946 0123');
    });
  });

  it('prints on A4 or US Letter as requested', async () => {
    const a4 = pdfinfo((await render(en)).file);
    const letter = pdfinfo((await render({ ...en, paper: 'Letter' })).file);
    expect(a4['Page size']).toMatch(/^595\.28 x 841\.89 pts/);
    expect(letter['Page size']).toMatch(/^612 x 792 pts/);
  });

  it('embeds Noto Sans subsets only, in every language', async () => {
    for (const input of [en, ru]) {
      const fonts = pdffonts((await render(input)).file);
      expect(fonts.length).toBeGreaterThanOrEqual(3);
      for (const font of fonts) {
        expect(font.name).toMatch(/^[A-Z]{6}\+NotoSans-/);
        expect(font.emb).toBe(true);
        expect(font.sub).toBe(true);
      }
    }
  });

  it('is a tagged PDF with a title, author, subject and language', async () => {
    const { file, bytes } = await render(en);
    const info = pdfinfo(file);
    expect(info['Title']).toBe('Mia’s foot care plan');
    expect(info['Author']).toBe('Dr. Anna Example');
    expect(info['Subject']).toBe('A home routine planned by your child’s specialist');
    expect(info['Tagged']).toBe('yes');
    const pdf = bytes.toString('latin1');
    expect(pdf).toContain('/Lang (en)');
    expect(pdf).toContain('/DisplayDocTitle true');
    expect(pdf).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('keeps a full booklet small enough to email (under 400 KB)', async () => {
    for (const input of [en, ru]) expect(fs.statSync((await render(input)).file).size).toBeLessThan(400 * 1024);
  });
});
