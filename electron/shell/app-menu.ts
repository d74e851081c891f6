import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  appName: string;
  /** Developer tools are for development builds only: a clinic's copy must not expose them. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  onAbout: () => void;
}

/**
 * The application menu as a plain template (Menu.buildFromTemplate turns it into a menu), so its
 * contents can be checked without Electron. Roles give each item its native behaviour, labels
 * and shortcuts on every platform.
 */
export function buildMenuTemplate({
  appName,
  isPackaged,
  platform,
  onAbout,
}: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  // macOS puts Quit, Hide and Services in a menu named after the app; elsewhere File has Quit.
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Window',
      role: 'window',
      submenu: isMac
        ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
    { label: 'Help', role: 'help', submenu: [{ label: `About ${appName}`, click: () => onAbout() }] },
  );
  return template;
}
