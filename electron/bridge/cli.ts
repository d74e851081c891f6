import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCore } from '../core';
import { defaultDataDir } from '../data-dir';
import { parseBridgeArgs } from './args';
import { startBridge } from './server';
import { version } from '../../package.json';

/** `npm run start:browser -- --port N --data-dir DIR`: Valgo in any browser, on this machine only. */
async function main(): Promise<void> {
  let args;
  try {
    args = parseBridgeArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`valgo: ${(error as Error).message}`);
    process.exit(2);
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dataDir = path.resolve(args.dataDir ?? defaultDataDir());
  const core = await startCore({ dataDir, mode: 'browser', version });
  const bridge = await startBridge({
    dispatch: core.dispatch,
    rendererDir: path.join(here, '..', 'renderer'),
    port: args.port,
  });
  console.log(`Valgo (browser mode) is running. Data: ${dataDir}`);
  console.log(`Open ${bridge.url}`);
  const stop = async () => {
    await bridge.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`valgo: could not start: ${(error as Error).message}`);
  process.exit(1);
});
