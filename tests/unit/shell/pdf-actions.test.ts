import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { createPdfActions, type PdfActionDeps } from '../../../electron/shell/pdf-actions';

const dirs: string[] = [];
/** What the actions registered to run as the process exits. */
const exitTasks: (() => void)[] = [];
afterEach(() => {
  exitTasks.length = 0;
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
    tempDir: path.join(root, 'valgo'),
    atExit: (cleanup) => exitTasks.push(cleanup),
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

  it('opens a copy under a random name in a private folder of its own, never a renderer-given path', async () => {
    const { deps, root } = setup();
    const actions = createPdfActions(deps);
    await actions.openPdf(pdf, '../../etc/Mia Sokolova.pdf');
    await actions.openPdf(pdf, '../../etc/Mia Sokolova.pdf');
    const [first, second] = vi.mocked(deps.shell.openPath).mock.calls.map((c) => c[0]);
    const folder = path.dirname(first!);
    expect(path.dirname(folder)).toBe(root);
    expect(path.basename(folder)).toMatch(/^valgo-[A-Za-z0-9]{6}$/);
    expect(path.dirname(second!)).toBe(folder);
    for (const file of [first!, second!]) {
      expect(path.basename(file)).toMatch(/^[0-9a-f]{32}\.pdf$/);
      expect(fs.readFileSync(file)).toEqual(pdf);
    }
    expect(first).not.toBe(second);
    if (process.platform !== 'win32') {
      expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
      expect(fs.statSync(first!).mode & 0o777).toBe(0o600);
    }
  });

  it('removes the private folder, files still open included, as the process exits', async () => {
    const { deps } = setup();
    await createPdfActions(deps).openPdf(pdf, 'x.pdf');
    const opened = vi.mocked(deps.shell.openPath).mock.calls[0]![0];
    expect(exitTasks).toHaveLength(1);
    exitTasks[0]!();
    expect(fs.existsSync(path.dirname(opened))).toBe(false);
  });

  it('removes a file the viewer could not open', async () => {
    const { deps } = setup({ shell: { openPath: vi.fn(async () => 'no application') } });
    await expect(createPdfActions(deps).openPdf(pdf, 'x.pdf')).rejects.toThrow('no application');
    const tried = vi.mocked(deps.shell.openPath).mock.calls[0]![0];
    expect(fs.existsSync(tried)).toBe(false);
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
    expect(path.basename(printed[0]!.file)).toMatch(/^[0-9a-f]{32}\.pdf$/);
    // Printed, then removed.
    expect(fs.existsSync(printed[0]!.file)).toBe(false);
    setPrintOutcome([false, 'cancelled']);
    expect(await actions.printPdf(pdf, 'x.pdf')).toBe(false);
    setPrintOutcome([false, 'failed']);
    await expect(actions.printPdf(pdf, 'x.pdf')).rejects.toThrow('Printing failed');
    expect(printed.map((p) => fs.existsSync(p.file))).toEqual([false, false, false]);
  });

  it('uses the main window as the dialog parent when there is one', async () => {
    const parent = {} as BrowserWindow;
    const { deps } = setup({ parent: () => parent });
    await createPdfActions(deps).savePdf(pdf, 'x.pdf');
    expect(deps.dialog.showSaveDialog).toHaveBeenCalledWith(parent, expect.any(Object));
  });
});
