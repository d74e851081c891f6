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
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiTextField: { defaultProps: { fullWidth: true } },
    // describeChild: the shortcut in a tooltip describes a control; it must not replace its name.
    MuiTooltip: { defaultProps: { enterDelay: 500, arrow: true, describeChild: true } },
    MuiPaper: { defaultProps: { elevation: 0 } },
    MuiCard: { defaultProps: { variant: 'outlined' } },
    MuiToggleButton: { styleOverrides: { root: { textTransform: 'none', fontWeight: 600, paddingInline: 20 } } },
  },
});
