import fs from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions, Dialog, Shell } from 'electron';
import type { DesktopActions } from '../desktop-actions';

export interface PdfActionDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  shell: Pick<Shell, 'openPath'>;
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** The window dialogs belong to. */
  parent: () => BrowserWindow | null;
  /** Where the save dialog starts (the user's Documents folder). */
  documentsDir: string;
  /** A folder of Valgo's own for files handed to the system viewer or printer. */
  tempDir: string;
}

/**
 * The desktop side of Print / Save as PDF / Open. File paths always come from here (a dialog or
 * our own temp folder), never from the renderer.
 */
export function createPdfActions(deps: PdfActionDeps): DesktopActions {
  const writeTemp = async (bytes: Buffer, fileName: string) => {
    await fs.mkdir(deps.tempDir, { recursive: true });
    const file = path.join(deps.tempDir, path.basename(fileName));
    await fs.writeFile(file, bytes);
    return file;
  };
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
    async openPdf(bytes, fileName) {
      const failure = await deps.shell.openPath(await writeTemp(bytes, fileName));
      if (failure) throw new Error(`The PDF could not be opened: ${failure}`);
    },
    async printPdf(bytes, fileName) {
      // Chromium's PDF viewer lays the pages out for print; a hidden window, sandboxed, with no
      // preload and only the viewer plugin, shows the system print dialog for it.
      const file = await writeTemp(bytes, fileName);
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
      }
    },
  };
}
