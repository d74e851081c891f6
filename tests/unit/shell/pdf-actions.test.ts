import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { createPdfActions, type PdfActionDeps } from '../../../electron/shell/pdf-actions';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function setup(overrides: Partial<PdfActionDeps> = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-pdf-actions-'));
  dirs.push(root);
  const printed: { options: unknown; file: string }[] = [];
  let printOutcome: [boolean, string] = [true, ''];
  const created: Record<string, unknown>[] = [];
  class FakeWindow {
    file = '';
    destroyed = false;
    constructor(options: Record<string, unknown>) {
      created.push(options);
    }
    loadFile = vi.fn(async (file: string) => {
      this.file = file;
    });
    webContents = {
      print: (options: unknown, cb: (success: boolean, reason: string) => void) => {
        printed.push({ options, file: this.file });
        cb(...printOutcome);
      },
    };
    destroy = () => {
      this.destroyed = true;
    };
  }
  const deps: PdfActionDeps = {
    dialog: { showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: path.join(root, 'chosen') })) },
    shell: { openPath: vi.fn(async () => '') },
    BrowserWindow: FakeWindow as unknown as PdfActionDeps['BrowserWindow'],
    parent: () => null,
    documentsDir: path.join(root, 'Documents'),
    tempDir: path.join(root, 'tmp'),
    ...overrides,
  };
  return { deps, root, printed, created, setPrintOutcome: (o: [boolean, string]) => (printOutcome = o) };
}

const pdf = Buffer.from('%PDF-1.7 test');

describe('desktop PDF actions', () => {
  it('saves where the dialog says, adding .pdf, and suggests the Documents folder', async () => {
    const { deps, root } = setup();
    const saved = await createPdfActions(deps).savePdf(pdf, 'Mia Novak - plan.pdf');
    expect(saved).toBe(path.join(root, 'chosen.pdf'));
    expect(fs.readFileSync(saved!)).toEqual(pdf);
    expect(deps.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: path.join(root, 'Documents', 'Mia Novak - plan.pdf') }),
    );
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const { deps } = setup({ dialog: { showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) } });
    expect(await createPdfActions(deps).savePdf(pdf, 'x.pdf')).toBeNull();
  });

  it('opens a copy in our temp folder with the system viewer, never a renderer-given path', async () => {
    const { deps, root } = setup();
    await createPdfActions(deps).openPdf(pdf, '../../etc/evil.pdf');
    const opened = vi.mocked(deps.shell.openPath).mock.calls[0]![0];
    expect(opened).toBe(path.join(root, 'tmp', 'evil.pdf'));
    expect(fs.readFileSync(opened)).toEqual(pdf);
  });

  it('reports a viewer failure', async () => {
    const { deps } = setup({ shell: { openPath: vi.fn(async () => 'no application') } });
    await expect(createPdfActions(deps).openPdf(pdf, 'x.pdf')).rejects.toThrow('no application');
  });

  it('prints from a hidden sandboxed window with the system dialog, and tells a cancel from a failure', async () => {
    const { deps, printed, created, setPrintOutcome } = setup();
    const actions = createPdfActions(deps);
    expect(await actions.printPdf(pdf, 'x.pdf')).toBe(true);
    expect(created[0]).toMatchObject({ show: false, webPreferences: { sandbox: true, nodeIntegration: false } });
    expect(printed[0]).toMatchObject({ options: { silent: false } });
    expect(printed[0]!.file.endsWith('x.pdf')).toBe(true);
    setPrintOutcome([false, 'cancelled']);
    expect(await actions.printPdf(pdf, 'x.pdf')).toBe(false);
    setPrintOutcome([false, 'failed']);
    await expect(actions.printPdf(pdf, 'x.pdf')).rejects.toThrow('Printing failed');
  });

  it('uses the main window as the dialog parent when there is one', async () => {
    const parent = {} as BrowserWindow;
    const { deps } = setup({ parent: () => parent });
    await createPdfActions(deps).savePdf(pdf, 'x.pdf');
    expect(deps.dialog.showSaveDialog).toHaveBeenCalledWith(parent, expect.any(Object));
  });
});
