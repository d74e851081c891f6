import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, protocol, session, shell, utilityProcess } from 'electron';
import { version } from '../package.json';
import { startCore, type Core } from './core';
import { registerInvokeHandler } from './shell/ipc';
import { aboutDialogOptions } from './shell/about-dialog';
import { buildMenuTemplate } from './shell/app-menu';
import { APP_ENTRY_URL, registerAppScheme, serveAppProtocol } from './shell/app-protocol';
import { applyDataFolderSwitch } from './shell/data-folder';
import { openMainWindow } from './shell/main-window';
import { utilityRenderProcess } from './shell/render-process';
import { createPdfActions } from './shell/pdf-actions';
import { createPathChooser } from './shell/choose-path';
import { denyAllPermissions } from './shell/permission-guards';
import { closeBeforeQuit } from './shell/quit-cleanup';
import { claimSingleInstance } from './shell/single-instance';
import { reportStartupFailure } from './shell/startup-failure';
import { guardWebContents } from './shell/web-contents-guards';

/*
 * Composition root: wires Electron to the core and to the shell modules, in the order Electron
 * needs. The why of each piece lives in electron/shell/.
 */

// Built layout (same inside the asar): out/main/main.js, out/preload/preload.cjs, out/renderer/.
const here = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD_PATH = path.join(here, '..', 'preload', 'preload.cjs');
const RENDERER_DIR = path.join(here, '..', 'renderer');

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

// Before 'ready': the data folder (the lock lives in it), scheme privileges, sandbox for all.
applyDataFolderSwitch(app);
registerAppScheme(protocol);
app.enableSandbox();

if (claimSingleInstance(app, () => mainWindow)) {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => shell.openExternal(url)));
  // One window: closing it ends Valgo on every platform (macOS too), so nothing keeps the
  // database open unseen.
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch(async (error: unknown) => {
      await core?.close().catch(() => undefined);
      reportStartupFailure(error, { dialog, app }, app.getPath('userData'));
    });
}

async function start(): Promise<void> {
  const desktop = createPdfActions({
    dialog,
    shell,
    BrowserWindow,
    parent: () => mainWindow,
    documentsDir: app.getPath('documents'),
    tempDir: path.join(app.getPath('temp'), 'valgo'),
  });
  desktop.choosePath = createPathChooser({ dialog, parent: () => mainWindow });
  // Packaged: the booklet fonts ship in resources/fonts (electron-builder.yml extraResources).
  const fontsDir = app.isPackaged ? path.join(process.resourcesPath, 'fonts') : undefined;
  core = await startCore({
    dataDir: app.getPath('userData'),
    mode: 'electron',
    version,
    desktop,
    fontsDir,
    // Booklets render in utility processes (the runAsNode fuse rules out child_process.fork).
    spawnRenderer: utilityRenderProcess(utilityProcess),
  });
  const { dispatch, info, close } = core;
  closeBeforeQuit(app, close);
  denyAllPermissions(session.defaultSession);
  serveAppProtocol(protocol, RENDERER_DIR);
  registerInvokeHandler(dispatch, () => mainWindow);
  const onAbout = () => {
    if (mainWindow) void dialog.showMessageBox(mainWindow, aboutDialogOptions(info));
  };
  const template = buildMenuTemplate({
    appName: 'Valgo',
    isPackaged: app.isPackaged,
    platform: process.platform,
    onAbout,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  mainWindow = openMainWindow(BrowserWindow, PRELOAD_PATH, APP_ENTRY_URL);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}
