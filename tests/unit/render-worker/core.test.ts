import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../../electron/core';
import { locateWorker } from '../../../electron/render-worker/locate';
import { PoolClosedError } from '../../../electron/render-worker/pool';
import { tempDir } from '../test-db';

describe('render pool lifecycle and location', () => {
  it('is created when the core starts and closed with it', async () => {
    const core = await startCore({ dataDir: tempDir(), mode: 'browser', version: '0.0.0-test' });
    // From sources there is no built worker beside the core: it renders in-process (and said so).
    expect(core.renderer.mode).toBe('in-process');
    await core.close();
    await expect(core.renderer.render({ request: {} as never })).rejects.toBeInstanceOf(PoolClosedError);
  });

  it('finds the built worker next to main.js from the bundle or one of its chunks', () => {
    const main = path.join(tempDir(), 'out', 'main');
    fs.mkdirSync(path.join(main, 'chunks'), { recursive: true });
    fs.writeFileSync(path.join(main, 'render-worker.js'), '');
    const file = path.join(main, 'render-worker.js');
    expect(locateWorker(pathToFileURL(path.join(main, 'chunks', 'core-abc.js')).href)).toEqual({ kind: 'built', file });
    expect(locateWorker(pathToFileURL(path.join(main, 'main.js')).href)).toEqual({ kind: 'built', file });
    fs.rmSync(file);
    expect(locateWorker(pathToFileURL(path.join(main, 'main.js')).href)).toMatchObject({ kind: 'absent' });
  });
});
