/** Where content goes on a page, in points from the top left. */
export interface Frame {
  pageWidth: number;
  pageHeight: number;
  left: number;
  right: number;
  top: number;
  /** Where content stops: above the footer. */
  bottom: number;
  width: number;
}

/** The frame of a page `size` with `margin` all round and `footer` points kept free above the bottom margin. */
export function frameOf(size: { width: number; height: number }, margin: number, footer: number): Frame {
  return {
    pageWidth: size.width,
    pageHeight: size.height,
    left: margin,
    right: size.width - margin,
    top: margin,
    bottom: size.height - margin - footer,
    width: size.width - 2 * margin,
  };
}
