/*
 * Hands a printed sheet (the card or the day list) to the user, the way booklets are handed over:
 * `download` returns the bytes for the browser; `print`, `save` and `open` go through the desktop
 * app. Nothing is archived: the card and the day list are rebuilt from the diary at any time.
 */
import type { BookletAction, PrintResult } from '../../../shared/contract';
import type { DesktopActions } from '../../desktop-actions';
import { UnprintableCharacterError } from '../../pdf/booklet/errors';
import { AppError } from '../errors';

export interface PrintDeps {
  /** Present in the desktop app only. */
  desktop?: DesktopActions;
  fontsDir?: string;
  now?: () => Date;
}

/** Page objects in the file: pdfkit writes one `/Type /Page` dictionary per page. */
function countPages(bytes: Buffer): number {
  return bytes.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

/** `fileName` is built by fileNameFor (shared/file-names.ts), already safe for every file system. */
export async function deliverPdf(
  bytes: Buffer,
  fileName: string,
  action: BookletAction,
  deps: PrintDeps,
): Promise<PrintResult> {
  if (action === 'download') {
    return {
      pdf: { pdfBase64: bytes.toString('base64'), pages: countPages(bytes), sizeBytes: bytes.length },
      savedTo: null,
      cancelled: false,
    };
  }
  if (!deps.desktop) {
    throw new AppError(
      'VALIDATION',
      'Printing, saving and opening go through the desktop app; download the PDF instead.',
    );
  }
  if (action === 'print')
    return { pdf: null, savedTo: null, cancelled: !(await deps.desktop.printPdf(bytes, fileName)) };
  if (action === 'save') {
    const savedTo = await deps.desktop.savePdf(bytes, fileName);
    return { pdf: null, savedTo, cancelled: savedTo === null };
  }
  await deps.desktop.openPdf(bytes, fileName);
  return { pdf: null, savedTo: null, cancelled: false };
}

/** Runs a renderer, turning a name the fonts cannot print into a message naming the field. */
export async function rendering(render: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return await render();
  } catch (error) {
    if (error instanceof UnprintableCharacterError) {
      throw new AppError('VALIDATION', error.message, [{ path: error.path, message: 'unprintableCharacter' }]);
    }
    throw error;
  }
}
