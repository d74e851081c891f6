import { describe, expect, it } from 'vitest';
import { parseBridgeArgs } from '../../../electron/bridge/args';

describe('parseBridgeArgs', () => {
  it('reads --port and --data-dir in both spellings', () => {
    expect(parseBridgeArgs(['--port', '8123', '--data-dir', '/tmp/v'])).toEqual({ port: 8123, dataDir: '/tmp/v' });
    expect(parseBridgeArgs(['--port=0', '--data-dir=/a=b'])).toEqual({ port: 0, dataDir: '/a=b' });
    expect(parseBridgeArgs([])).toEqual({ port: 0, dataDir: null });
  });

  it('refuses bad values and unknown options with a clear message', () => {
    expect(() => parseBridgeArgs(['--port', 'eighty'])).toThrow('--port must be 0-65535');
    expect(() => parseBridgeArgs(['--port', '70000'])).toThrow('--port must be 0-65535');
    expect(() => parseBridgeArgs(['--data-dir'])).toThrow('--data-dir needs a value');
    expect(() => parseBridgeArgs(['--verbose'])).toThrow('Unknown option --verbose');
  });
});

describe('parseBridgeArgs edge cases', () => {
  it('takes the last of a repeated option and refuses an option where a value belongs', () => {
    expect(parseBridgeArgs(['--port', '1', '--port', '2'])).toEqual({ port: 2, dataDir: null });
    expect(() => parseBridgeArgs(['--data-dir', '--port', '1'])).toThrow('--data-dir needs a value');
    expect(() => parseBridgeArgs(['--data-dir='])).toThrow('--data-dir needs a value');
    expect(() => parseBridgeArgs(['--port', '1.5'])).toThrow('--port must be 0-65535');
    expect(() => parseBridgeArgs(['extra'])).toThrow('Unexpected argument extra. Usage: --port N --data-dir DIR');
  });
});
