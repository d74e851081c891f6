/** Browser-mode command line: `--port N` (0 = any free port) and `--data-dir DIR`. */
export interface BridgeArgs {
  port: number;
  dataDir: string | null;
}

export function parseBridgeArgs(argv: readonly string[]): BridgeArgs {
  const args: BridgeArgs = { port: 0, dataDir: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535`);
      args.port = port;
    } else if (flag === '--data-dir') {
      args.dataDir = value();
    } else {
      throw new Error(`Unknown option ${arg}. Usage: --port N --data-dir DIR`);
    }
  }
  return args;
}
