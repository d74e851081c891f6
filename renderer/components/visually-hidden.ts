/** Styles that keep text for screen readers while hiding it on screen. */
export const visuallyHidden = {
  position: 'absolute',
  // Strings: in `sx`, a bare 1 would mean 100%.
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
  p: 0,
  m: '-1px',
} as const;
