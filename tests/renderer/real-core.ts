import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { createApi, type Api } from '../../renderer/api';

/*
 * The real main process for renderer tests (architecture §5): the same dispatch and services the
 * app runs, over a migrated SQLite file in a temp folder, behind the same `api` the screens use.
 * Inputs travel as JSON, as they do over IPC and HTTP.
 */

const started: { core: Core; dir: string }[] = [];

export interface RealCore {
  api: Api;
  core: Core;
  /** Calls a channel directly (test set-up through the real services). */
  call: Api['call'];
  /** Every channel the screens called, in order. */
  calls: { channel: string; input: unknown }[];
}

export async function startRealCore(): Promise<RealCore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-renderer-'));
  const core = await startCore({ dataDir: dir, mode: 'browser', version: '0.0.0-test' });
  started.push({ core, dir });
  const calls: RealCore['calls'] = [];
  const api = createApi(async (channel, input) => {
    calls.push({ channel, input });
    return core.dispatch(channel, JSON.parse(JSON.stringify(input ?? {})));
  });
  const direct = createApi((channel, input) => core.dispatch(channel, JSON.parse(JSON.stringify(input ?? {}))));
  return { api, core, call: direct.call.bind(direct) as Api['call'], calls };
}

afterEach(async () => {
  for (const { core, dir } of started.splice(0)) {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
