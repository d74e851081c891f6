import { createTheme } from '@mui/material/styles';

/*
 * One calm clinical blue (the app icon's), generous spacing, 16 px body text readable at arm's length.
 * Light first; the dark scheme follows the system setting through CSS media queries (no JS).
 */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'media' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#2f6fb2', light: '#5b8fc9', dark: '#23578f', contrastText: '#ffffff' },
        background: { default: '#f4f7fa', paper: '#ffffff' },
        text: { primary: '#1a2733', secondary: '#4d5e6e' },
        divider: '#dbe3ec',
      },
    },
    dark: {
      palette: {
        primary: { main: '#8cb8e6', light: '#b3d1f0', dark: '#5b8fc9', contrastText: '#0b1f33' },
        background: { default: '#10161d', paper: '#171f29' },
        text: { primary: '#e4eaf1', secondary: '#a8b6c4' },
        divider: '#2a3645',
      },
    },
  },
  shape: { borderRadius: 10 },
  typography: {
    fontFamily: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Roboto, "Noto Sans", Arial, sans-serif',
    body1: { fontSize: '1rem', lineHeight: 1.55 },
    body2: { fontSize: '0.9375rem', lineHeight: 1.5 },
    button: { textTransform: 'none', fontWeight: 600, fontSize: '0.9375rem' },
    h1: { fontSize: '1.75rem', fontWeight: 600, letterSpacing: 0 },
    h2: { fontSize: '1.375rem', fontWeight: 600 },
    h3: { fontSize: '1.125rem', fontWeight: 600 },
    overline: { fontWeight: 600, letterSpacing: '0.06em' },
  },
  components: {
    // Focus is always visible for keyboard users, on every control, in both colour schemes: not
    // only MUI's ripple. The ring follows the control's rounded corners.
    MuiCssBaseline: {
      styleOverrides: {
        ':focus-visible': {
          outline: '3px solid var(--mui-palette-primary-main)',
          outlineOffset: '2px',
        },
        '.MuiInputBase-root.Mui-focused, .MuiPickersInputBase-root.Mui-focused': {
          boxShadow: '0 0 0 2px var(--mui-palette-primary-main)',
        },
        '.Mui-focusVisible': {
          outline: '3px solid var(--mui-palette-primary-main)',
          outlineOffset: '2px',
        },
      },
    },
    MuiButtonBase: { defaultProps: { focusRipple: true } },
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiTextField: { defaultProps: { fullWidth: true } },
    // describeChild: the shortcut in a tooltip describes a control; it must not replace its name.
    MuiTooltip: { defaultProps: { enterDelay: 500, arrow: true, describeChild: true } },
    MuiPaper: { defaultProps: { elevation: 0 } },
    // Links in the darker blue in the light scheme: primary.main is only 4.4:1 on the tinted and grey
    // surfaces links sit on (booked check-up cards, alerts); the dark scheme's light blue is ample.
    MuiLink: {
      styleOverrides: {
        root: ({ theme: t }) => t.applyStyles('light', { color: t.vars?.palette.primary.dark ?? '#23578f' }),
      },
    },
    MuiCard: { defaultProps: { variant: 'outlined' } },
    // Unselected toggle buttons in the secondary text colour: MUI's own (action.active) is 4.49:1 on
    // the page background, just under WCAG AA. Selected and disabled states keep their own colours.
    MuiToggleButton: {
      styleOverrides: {
        root: { textTransform: 'none', fontWeight: 600, paddingInline: 20, color: 'var(--mui-palette-text-secondary)' },
      },
    },
  },
});
