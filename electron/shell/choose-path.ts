import path from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { PathRequest } from '../desktop-actions';

export interface ChoosePathDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  /** The window the dialog belongs to (modal to it); none: a free-standing dialog. */
  parent: () => BrowserWindow | null;
}

/** The certificate files a practice CA comes as (PEM text, whatever the extension). */
const CA_EXTENSIONS = ['pem', 'crt', 'cer'];

/** The open dialog's options for a request. */
export function dialogOptions({ kind, title, defaultPath }: PathRequest): OpenDialogOptions {
  // A half-typed field (not yet a full path) starts the dialog where the system likes.
  const start = defaultPath && path.isAbsolute(defaultPath) ? { defaultPath } : {};
  if (kind === 'caFile') {
    return {
      title,
      ...start,
      properties: ['openFile', 'dontAddToRecent'],
      // Named by the extensions themselves: the same in every language.
      filters: [{ name: 'PEM (.pem, .crt, .cer)', extensions: CA_EXTENSIONS }],
    };
  }
  return { title, ...start, properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] };
}

/**
 * The desktop side of "Browse…": the system dialog chooses the path, so it is always one the user
 * picked at this computer; the renderer only receives it. Null when the dialog was cancelled.
 */
export function createPathChooser(deps: ChoosePathDeps): (request: PathRequest) => Promise<string | null> {
  return async (request) => {
    const options = dialogOptions(request);
    const parent = deps.parent();
    const choice = parent
      ? await deps.dialog.showOpenDialog(parent, options)
      : await deps.dialog.showOpenDialog(options);
    const [chosen] = choice.filePaths;
    return choice.canceled || !chosen ? null : chosen;
  };
}
