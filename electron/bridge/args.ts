import { OptionError, readOptions } from '../cli/options';

/** Browser-mode command line: `--port N` (0 = any free port) and `--data-dir DIR`. */
export interface BridgeArgs {
  port: number;
  dataDir: string | null;
}

const USAGE = 'Usage: --port N --data-dir DIR';

/** Reads the browser-mode options; throws an Error with a one-line message for anything wrong. */
export function parseBridgeArgs(argv: readonly string[]): BridgeArgs {
  let values;
  try {
    values = readOptions(argv, ['port', 'data-dir']);
  } catch (error) {
    if (!(error instanceof OptionError)) throw error;
    if (error.problem === 'no-value') throw new Error(error.message, { cause: error });
    const what = error.problem === 'unknown' ? 'Unknown option' : 'Unexpected argument';
    throw new Error(`${what} ${error.argument}. ${USAGE}`, { cause: error });
  }
  let port = 0;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535`);
  }
  return { port, dataDir: values['data-dir'] ?? null };
}
