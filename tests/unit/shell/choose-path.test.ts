import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, OpenDialogOptions } from 'electron';
import { createPathChooser, type ChoosePathDeps } from '../../../electron/shell/choose-path';

/* "Browse…" on the desktop: the options the system open dialog gets, and what its answer becomes. */

type Answer = { canceled: boolean; filePaths: string[] };

function setup(answer: Answer, parent: BrowserWindow | null = null) {
  const showOpenDialog = vi.fn(async (..._args: unknown[]) => answer);
  const deps = { dialog: { showOpenDialog }, parent: () => parent } as unknown as ChoosePathDeps;
  /** The options of the last dialog shown (the last argument, with or without a parent). */
  const options = () => showOpenDialog.mock.calls.at(-1)!.at(-1) as OpenDialogOptions;
  return { choose: createPathChooser(deps), showOpenDialog, options };
}

const here = path.resolve('tests/fixtures');
const pem = path.join(here, 'practice-ca.pem');

describe('choosing a path with the system dialog', () => {
  it('offers certificate files only for the CA, one file, starting where the field points', async () => {
    const { choose, showOpenDialog, options } = setup({ canceled: false, filePaths: [pem] });
    expect(await choose({ kind: 'caFile', title: 'Choose the CA file', defaultPath: here })).toBe(pem);
    expect(showOpenDialog).toHaveBeenCalledTimes(1);
    expect(options()).toEqual({
      title: 'Choose the CA file',
      defaultPath: here,
      properties: ['openFile', 'dontAddToRecent'],
      filters: [{ name: 'PEM (.pem, .crt, .cer)', extensions: ['pem', 'crt', 'cer'] }],
    });
  });

  it('opens folders for a backup folder and lets the user make a new one', async () => {
    const folder = path.join(here, 'backups');
    const { choose, options } = setup({ canceled: false, filePaths: [folder] });
    expect(await choose({ kind: 'folder', title: 'Choose the backup folder' })).toBe(folder);
    expect(options()).toEqual({
      title: 'Choose the backup folder',
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    });
    expect(options().properties).not.toContain('openFile');
    expect(options().filters).toBeUndefined();
  });

  it('answers null when the dialog is cancelled, or closes with nothing chosen', async () => {
    expect(await setup({ canceled: true, filePaths: [pem] }).choose({ kind: 'caFile', title: 't' })).toBeNull();
    expect(await setup({ canceled: false, filePaths: [] }).choose({ kind: 'folder', title: 't' })).toBeNull();
  });

  it('starts wherever the system likes when the field holds no full path', async () => {
    const { choose, options } = setup({ canceled: true, filePaths: [] });
    await choose({ kind: 'folder', title: 't', defaultPath: 'relative/backups' });
    expect(options()).not.toHaveProperty('defaultPath');
  });

  it('makes the dialog modal to the main window when there is one', async () => {
    const parent = { id: 1 } as unknown as BrowserWindow;
    const withParent = setup({ canceled: true, filePaths: [] }, parent);
    await withParent.choose({ kind: 'caFile', title: 't' });
    expect(withParent.showOpenDialog).toHaveBeenCalledWith(parent, expect.objectContaining({ title: 't' }));
    const without = setup({ canceled: true, filePaths: [] });
    await without.choose({ kind: 'caFile', title: 't' });
    expect(without.showOpenDialog.mock.calls[0]).toHaveLength(1);
  });
});
