/*
 * A QR code drawn as vector squares: sharp at any printer resolution, no image to embed, and
 * grey-free (pure black on white), which is what a phone camera reads best off a laser print.
 * Each row's run of dark modules is one rectangle, all filled as one path, so no hairline seams
 * show between neighbouring modules. A quiet zone of 4 modules (the standard's minimum) is painted
 * white around it, so a tint or a frame nearby never touches the code.
 */
import QRCode from 'qrcode';

/** Medium error correction: survives a fold or a coffee ring (about 15% damage) and stays compact. */
export const QR_OPTIONS = { errorCorrectionLevel: 'M' } as const;
export const QUIET_ZONE = 4;

export interface QrSymbol {
  version: number;
  /** Modules per side, without the quiet zone. */
  size: number;
  isDark(row: number, col: number): boolean;
}

/** The QR symbol for `text` (UTF-8, byte mode), smallest version that holds it. */
export function qrSymbol(text: string): QrSymbol {
  const qr = QRCode.create(text, QR_OPTIONS);
  const { size, data } = qr.modules;
  return { version: qr.version, size, isDark: (row, col) => data[row * size + col] === 1 };
}

/** Modules per side with the quiet zone: what the printed square is divided into. */
export function qrSideModules(symbol: QrSymbol): number {
  return symbol.size + 2 * QUIET_ZONE;
}

export interface QrDrawn {
  version: number;
  size: number;
  /** Dark modules drawn. */
  dark: number;
  /** Side of one module in points. */
  moduleSize: number;
}

/**
 * Draws `symbol` with its quiet zone in the square at (x, y) of side `side` points. The caller
 * tags or marks it (a Figure with alt text on the card).
 */
export function drawQr(doc: PDFKit.PDFDocument, symbol: QrSymbol, x: number, y: number, side: number): QrDrawn {
  const m = side / qrSideModules(symbol);
  const left = x + QUIET_ZONE * m;
  const top = y + QUIET_ZONE * m;
  doc.rect(x, y, side, side).fill('#ffffff');
  let dark = 0;
  for (let row = 0; row < symbol.size; row++) {
    let col = 0;
    while (col < symbol.size) {
      if (!symbol.isDark(row, col)) {
        col++;
        continue;
      }
      const from = col;
      while (col < symbol.size && symbol.isDark(row, col)) col++;
      doc.rect(left + from * m, top + row * m, (col - from) * m, m);
      dark += col - from;
    }
  }
  if (dark > 0) doc.fill('#000000');
  return { version: symbol.version, size: symbol.size, dark, moduleSize: m };
}
