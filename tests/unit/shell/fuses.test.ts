import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FuseOptionsV1 } from 'app-builder-lib';

const root = path.resolve(__dirname, '../../..');

/**
 * The `electronFuses:` block of electron-builder.yml as `name: boolean` pairs. The block is flat
 * by design; any line in it that is not `  name: true|false` (comments aside) fails the test.
 */
function fusesBlock(): Record<string, boolean> {
  const lines = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8').split(/\r?\n/);
  const starts = lines.flatMap((line, i) => (/^electronFuses:\s*(#.*)?$/.test(line) ? [i] : []));
  expect(starts, 'one top-level electronFuses block').toHaveLength(1);
  const fuses: Record<string, boolean> = {};
  for (const line of lines.slice(starts[0]! + 1)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    if (!/^\s/.test(line)) break;
    const match = /^ {2}(\w+): (true|false)\s*(#.*)?$/.exec(line);
    expect(match, `a fuse line: ${line}`).not.toBeNull();
    expect(fuses, `${match![1]} set once`).not.toHaveProperty(match![1]!);
    fuses[match![1]!] = match![2] === 'true';
  }
  return fuses;
}

describe('Electron fuses in the packaging config', () => {
  it('turns off every way to run Valgo as something else, and on asar-only loading and cookie encryption', () => {
    const expected = {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    } satisfies FuseOptionsV1;
    expect(fusesBlock()).toEqual(expected);
  });

  it('is the only packaging config, and packs the app into an asar (the fuses rely on it)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { build?: unknown };
    // A "build" block in package.json would make electron-builder ignore the yml file.
    expect(pkg.build).toBeUndefined();
    expect(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')).toMatch(/^asar: true$/m);
  });
});
