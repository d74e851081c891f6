#!/usr/bin/env node
// `npm start`: runs the built app in Electron when its binary is installed, otherwise in browser
// mode (the local bridge), so the app can be tried on machines where the Electron download was
// skipped. Arguments are passed on unchanged; the exit code is the app's.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The Electron executable npm installed under `root`, or null when there is none. Reads the same
 * files as the `electron` package, without loading it (loading it starts a download when the
 * binary is missing). ELECTRON_OVERRIDE_DIST_PATH, which that package honours too, points at an
 * Electron unpacked elsewhere.
 */
export function findElectronBinary(root = ROOT, env = process.env) {
  const packageDir = path.join(root, 'node_modules', 'electron');
  let relative = '';
  try {
    relative = fs.readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    // No path.txt: the binary was never unpacked.
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
    return isFile(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = path.join(packageDir, 'dist', relative);
  return isFile(candidate) ? candidate : null;
}

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Runs a child with our stdio, passes Ctrl+C and kill signals on, and exits with its code. */
function runAndExit(command, args, options) {
  const child = spawn(command, args, { stdio: 'inherit', ...options });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`valgo: could not start ${path.basename(command)}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main(args) {
  const electron = findElectronBinary(ROOT);
  if (electron) {
    // ELECTRON_RUN_AS_NODE (set by some tools) would make Electron behave as plain Node.
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    runAndExit(electron, ['.', ...args], { cwd: ROOT, env });
    return;
  }
  const bridge = path.join(ROOT, 'out', 'main', 'bridge.js');
  if (!isFile(bridge)) {
    console.error('valgo: Valgo is not built yet (no out/main/bridge.js); run `npm run build` first.');
    process.exit(1);
  }
  console.log(
    'Electron is not installed on this machine (no binary in node_modules/electron/dist); ' +
      'starting Valgo in browser mode instead.',
  );
  runAndExit(process.execPath, [bridge, ...args], { cwd: ROOT });
}

// Run only when executed (`node scripts/launch.mjs`), not when a test imports findElectronBinary.
function isRunDirectly() {
  try {
    return import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return false;
  }
}

if (isRunDirectly()) main(process.argv.slice(2));
