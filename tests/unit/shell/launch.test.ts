import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

// scripts/launch.mjs is plain JavaScript (run by node before anything is built), so it is loaded
// by URL and given its type here.
interface LaunchModule {
  findElectronBinary(root: string, env?: NodeJS.ProcessEnv): string | null;
}

let launch: LaunchModule;
const roots: string[] = [];

beforeAll(async () => {
  const url = new URL('../../../scripts/launch.mjs', import.meta.url).href;
  launch = (await import(/* @vite-ignore */ url)) as LaunchModule;
});

afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A project folder with node_modules/electron as npm leaves it, with or without the binary. */
function projectRoot({ pathTxt, binary }: { pathTxt?: string; binary?: string }): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-launch-'));
  roots.push(root);
  const electronDir = path.join(root, 'node_modules', 'electron');
  fs.mkdirSync(electronDir, { recursive: true });
  fs.writeFileSync(path.join(electronDir, 'index.js'), '// stand-in');
  if (pathTxt !== undefined) fs.writeFileSync(path.join(electronDir, 'path.txt'), pathTxt);
  if (binary !== undefined) {
    const file = path.join(electronDir, 'dist', binary);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '');
  }
  return root;
}

const noOverride = {} as NodeJS.ProcessEnv;

describe('findElectronBinary', () => {
  it('finds the binary named by path.txt in dist/', () => {
    const root = projectRoot({ pathTxt: 'electron', binary: 'electron' });
    expect(launch.findElectronBinary(root, noOverride)).toBe(
      path.join(root, 'node_modules', 'electron', 'dist', 'electron'),
    );
  });

  it('follows nested paths such as the macOS app bundle', () => {
    const nested = 'Electron.app/Contents/MacOS/Electron';
    const root = projectRoot({ pathTxt: nested, binary: nested });
    expect(launch.findElectronBinary(root, noOverride)).toBe(
      path.join(root, 'node_modules', 'electron', 'dist', nested),
    );
  });

  it('reports none when the download was skipped (no path.txt, no dist)', () => {
    expect(launch.findElectronBinary(projectRoot({}), noOverride)).toBeNull();
  });

  it('reports none when path.txt exists but dist/ does not', () => {
    expect(launch.findElectronBinary(projectRoot({ pathTxt: 'electron' }), noOverride)).toBeNull();
  });

  it('reports none when path.txt names a file that is not there', () => {
    expect(launch.findElectronBinary(projectRoot({ pathTxt: 'electron', binary: 'other' }), noOverride)).toBeNull();
  });

  it('reports none for an empty path.txt', () => {
    expect(launch.findElectronBinary(projectRoot({ pathTxt: '' }), noOverride)).toBeNull();
  });

  it('reports none when electron is not installed at all', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-launch-'));
    roots.push(root);
    expect(launch.findElectronBinary(root, noOverride)).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const root = projectRoot({ pathTxt: 'electron' });
    const elsewhere = projectRoot({ pathTxt: 'electron', binary: 'electron' });
    const dist = path.join(elsewhere, 'node_modules', 'electron', 'dist');
    expect(launch.findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(path.join(dist, 'electron'));
    expect(launch.findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: path.join(root, 'nowhere') })).toBeNull();
  });
});
