import type { PathKind } from '../shared/contract';

/** What the file or folder dialog is for (see choosePath). */
export interface PathRequest {
  kind: PathKind;
  /** The dialog's title. */
  title: string;
  /** Where the dialog starts; an absolute path or nothing. */
  defaultPath?: string;
}

/**
 * What only the desktop app can do with a PDF: the system print dialog, a save dialog, the system
 * viewer. main.ts provides them (electron/shell/pdf-actions.ts); browser mode has none, and the
 * renderer prints or downloads the bytes itself. Every `fileName` comes from fileNameFor
 * (shared/file-names.ts): one pattern, already safe for every file system.
 */
export interface DesktopActions {
  /** Asks where to save (suggesting `fileName`) and writes the file; null when cancelled. */
  savePdf(bytes: Buffer, fileName: string): Promise<string | null>;
  /** Opens the PDF in the system viewer. */
  openPdf(bytes: Buffer, fileName: string): Promise<void>;
  /** Shows the system print dialog for the PDF; false when the user cancelled. */
  printPdf(bytes: Buffer, fileName: string): Promise<boolean>;
  /**
   * The system dialog choosing a CA certificate file or a folder (electron/shell/choose-path.ts):
   * the absolute path chosen, or null when cancelled. main.ts always provides it; optional so the
   * PDF-only doubles of tests stay as they are.
   */
  choosePath?(request: PathRequest): Promise<string | null>;
}
