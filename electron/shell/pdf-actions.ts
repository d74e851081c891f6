import fs from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions, Dialog, Shell } from 'electron';
import type { DesktopActions } from '../desktop-actions';
import { createPrivateTemp, removeStaleFolders } from './private-temp';
import { runAtExit } from './quit-cleanup';

export interface PdfActionDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  shell: Pick<Shell, 'openPath'>;
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** The window dialogs belong to. */
  parent: () => BrowserWindow | null;
  /** Where the save dialog starts (the user's Documents folder). */
  documentsDir: string;
  /**
   * Where files handed to the system viewer or printer go: a private folder `<tempDir>-XXXXXX`
   * made for this run (electron/shell/private-temp.ts), e.g. tempDir `<system temp>/valgo`.
   */
  tempDir: string;
  /** Registers the folder's removal as the process ends (default: runAtExit). */
  atExit?: (cleanup: () => void) => void;
}

/** A private temp folder older than this was left by a run that crashed. */
const STALE_TEMP_MS = 24 * 60 * 60 * 1000;

/**
 * The desktop side of Print / Save as PDF / Open. File paths always come from here (a dialog or
 * our own temp folder), never from the renderer.
 */
export function createPdfActions(deps: PdfActionDeps): DesktopActions {
  const temp = createPrivateTemp(deps.tempDir);
  (deps.atExit ?? runAtExit)(() => temp.removeAllSync());
  void removeStaleFolders(deps.tempDir, STALE_TEMP_MS);
  return {
    async savePdf(bytes, fileName) {
      const parent = deps.parent();
      const options = {
        defaultPath: path.join(deps.documentsDir, path.basename(fileName)),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const choice = parent
        ? await deps.dialog.showSaveDialog(parent, options)
        : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      const target = choice.filePath.toLowerCase().endsWith('.pdf') ? choice.filePath : `${choice.filePath}.pdf`;
      await fs.writeFile(target, bytes);
      return target;
    },
    async openPdf(bytes) {
      // The viewer reads the file after this returns; it stays until Valgo quits.
      const file = await temp.write(bytes, '.pdf');
      const failure = await deps.shell.openPath(file);
      if (failure) {
        await temp.remove(file);
        throw new Error(`The PDF could not be opened: ${failure}`);
      }
    },
    async printPdf(bytes) {
      // Chromium's PDF viewer lays the pages out for print; a hidden window, sandboxed, with no
      // preload and only the viewer plugin, shows the system print dialog for it.
      const file = await temp.write(bytes, '.pdf');
      const window = new deps.BrowserWindow({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true },
      });
      try {
        await window.loadFile(file);
        return await new Promise<boolean>((resolve, reject) =>
          window.webContents.print({ silent: false, printBackground: true }, (success, reason) => {
            if (success || reason === 'cancelled') resolve(success);
            else reject(new Error(`Printing failed: ${reason}`));
          }),
        );
      } finally {
        window.destroy();
        await temp.remove(file);
      }
    },
  };
}
