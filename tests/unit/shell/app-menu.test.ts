import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuOptions } from '../../../electron/shell/app-menu';
import { aboutDialogOptions } from '../../../electron/shell/about-dialog';

function template(overrides: Partial<MenuOptions> = {}) {
  return buildMenuTemplate({ appName: 'Valgo', isPackaged: false, platform: 'linux', onAbout: vi.fn(), ...overrides });
}

function submenu(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = items.find((item) => item.label === label);
  expect(menu, `menu ${label}`).toBeDefined();
  return menu!.submenu as MenuItemConstructorOptions[];
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role).filter(Boolean);

describe('application menu', () => {
  it('has File, Edit, View, Window and Help, in that order', () => {
    expect(template().map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('File has Quit', () => {
    expect(roles(submenu(template(), 'File'))).toEqual(['quit']);
  });

  it('Edit has the standard editing roles', () => {
    expect(roles(submenu(template(), 'Edit'))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('View has reload and zoom', () => {
    expect(roles(submenu(template(), 'View'))).toEqual(
      expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut']),
    );
  });

  it('development builds have developer tools', () => {
    expect(roles(submenu(template({ isPackaged: false }), 'View'))).toContain('toggleDevTools');
  });

  it.each(['linux', 'win32', 'darwin'] as const)(
    'packaged builds on %s have no developer tools anywhere',
    (platform) => {
      const items = allItems(template({ isPackaged: true, platform }));
      expect(items.some((item) => /devtools/i.test(String(item.role ?? '')))).toBe(false);
      expect(items.some((item) => /developer|devtools/i.test(String(item.label ?? '')))).toBe(false);
    },
  );

  it('Window has minimize', () => {
    expect(roles(submenu(template(), 'Window'))).toContain('minimize');
  });

  it('Help > About calls onAbout', () => {
    const onAbout = vi.fn();
    const about = submenu(template({ onAbout }), 'Help').find((item) => item.label === 'About Valgo');
    expect(about).toBeDefined();
    expect(onAbout).not.toHaveBeenCalled();
    (about!.click as () => void)();
    expect(onAbout).toHaveBeenCalledTimes(1);
  });

  it('on macOS the app menu comes first and File closes the window instead of quitting', () => {
    const mac = template({ platform: 'darwin' });
    expect(mac[0]!.role).toBe('appMenu');
    expect(roles(submenu(mac, 'File'))).toEqual(['close']);
  });
});

describe('about dialog', () => {
  it('shows the version, data folder and schema', () => {
    const options = aboutDialogOptions({
      version: '1.2.3',
      dataDir: '/data/Valgo',
      schemaVersion: 4,
      mode: 'electron',
    });
    expect(options.message).toBe('Valgo 1.2.3');
    expect(options.detail).toContain('Data folder: /data/Valgo');
    expect(options.detail).toContain('Database schema: 4');
  });
});
