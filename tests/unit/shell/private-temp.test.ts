import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPrivateTemp, removeStaleFolders } from '../../../electron/shell/private-temp';

const roots: string[] = [];
afterEach(() => {
  for (const d of roots.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function root(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-private-temp-'));
  roots.push(dir);
  return dir;
}

const DAY = 24 * 60 * 60 * 1000;

describe('createPrivateTemp', () => {
  it('makes nothing until the first file, then one 0700 folder for the run', async () => {
    const parent = root();
    const temp = createPrivateTemp(path.join(parent, 'valgo'));
    expect(fs.readdirSync(parent)).toEqual([]);
    const a = await temp.write(Buffer.from('a'), '.pdf');
    const b = await temp.write(Buffer.from('b'), '.pdf');
    expect(fs.readdirSync(parent)).toHaveLength(1);
    expect(path.dirname(a)).toBe(path.dirname(b));
    if (process.platform !== 'win32') expect(fs.statSync(path.dirname(a)).mode & 0o777).toBe(0o700);
  });

  it('removes only its own files', async () => {
    const parent = root();
    const outside = path.join(parent, 'keep.pdf');
    fs.writeFileSync(outside, 'x');
    const temp = createPrivateTemp(path.join(parent, 'valgo'));
    const file = await temp.write(Buffer.from('a'), '.pdf');
    await temp.remove(outside);
    await temp.remove(path.join(path.dirname(file), '..', 'keep.pdf'));
    expect(fs.existsSync(outside)).toBe(true);
    await temp.remove(file);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('removeAllSync removes the folder; a later write makes a new one', async () => {
    const parent = root();
    const temp = createPrivateTemp(path.join(parent, 'valgo'));
    const first = await temp.write(Buffer.from('a'), '.pdf');
    temp.removeAllSync();
    expect(fs.readdirSync(parent)).toEqual([]);
    const second = await temp.write(Buffer.from('b'), '.pdf');
    expect(path.dirname(second)).not.toBe(path.dirname(first));
  });
});

describe('removeStaleFolders', () => {
  it('removes old folders of the same pattern only', async () => {
    const parent = root();
    const prefix = path.join(parent, 'valgo');
    const old = fs.mkdtempSync(`${prefix}-`);
    const fresh = fs.mkdtempSync(`${prefix}-`);
    const other = path.join(parent, 'valgo-data');
    const otherApp = fs.mkdtempSync(path.join(parent, 'other-'));
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(old, 'f.pdf'), 'x');
    const past = new Date(Date.now() - 2 * DAY);
    for (const dir of [old, other, otherApp]) fs.utimesSync(dir, past, past);
    expect(await removeStaleFolders(prefix, DAY)).toEqual([old]);
    expect(fs.existsSync(old)).toBe(false);
    for (const dir of [fresh, other, otherApp]) expect(fs.existsSync(dir), dir).toBe(true);
  });

  it('does nothing when the temp folder is missing', async () => {
    expect(await removeStaleFolders(path.join(root(), 'missing', 'valgo'), DAY)).toEqual([]);
  });
});
