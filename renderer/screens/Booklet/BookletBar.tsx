import { useController } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import OpenIcon from '@mui/icons-material/OpenInNew';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import SaveIcon from '@mui/icons-material/SaveAltOutlined';
import { PAPER_SIZES, type AppInfo, type BookletAction, type Language, type Paper } from '../../../shared/contract';
import { modKeys } from '../../hooks/shortcuts';
import { useI18n } from '../../i18n';
import { useBookletForm } from './form-fields';
import { failureText } from './plan-text';

// Each language named in itself, as in Settings: the family's language, whatever the UI's.
const LANGUAGES: { value: Language; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'ru', label: 'Русский' },
];

interface Props {
  mode: AppInfo['mode'];
  /** The plan can be printed as entered. */
  printable: boolean;
  issuing: BookletAction | 'print-browser' | null;
  /** The last print, save or download failed. */
  failure: unknown;
  onIssue(action: BookletAction): void;
  onPrint(): void;
}

/** Language and paper (the form's), and the ways out: print, save, open (desktop) or download (browser). */
export function BookletBar(props: Props) {
  const { mode, printable, issuing, failure, onIssue, onPrint } = props;
  const { control } = useBookletForm();
  const { value: language, onChange: onLanguage } = useController({ control, name: 'language' }).field;
  const { value: paper, onChange: onPaper } = useController({ control, name: 'paper' }).field;
  const i18n = useI18n();
  const { t } = i18n;
  const busy = issuing !== null;
  const spinner = (action: Props['issuing']) =>
    issuing === action ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined;

  let status: string | null = null;
  if (busy) status = t('booklet.issuing');
  else if (failure) status = failureText(i18n, failure);
  else if (!printable) status = t('booklet.cannotPrint');

  return (
    <Box
      component="div"
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 3,
        px: 3,
        py: 1.5,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
        flexWrap: 'wrap',
        rowGap: 1,
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
        <Typography id="booklet-language" variant="body2" sx={{ color: 'text.secondary', fontWeight: 600 }}>
          {t('booklet.language')}
        </Typography>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={language}
          onChange={(_e, value: Language | null) => value && onLanguage(value)}
          aria-labelledby="booklet-language"
        >
          {LANGUAGES.map((l) => (
            <ToggleButton key={l.value} value={l.value} lang={l.value}>
              {l.label}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
        <Typography id="booklet-paper" variant="body2" sx={{ color: 'text.secondary', fontWeight: 600 }}>
          {t('booklet.paper')}
        </Typography>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={paper}
          onChange={(_e, value: Paper | null) => value && onPaper(value)}
          aria-labelledby="booklet-paper"
        >
          {PAPER_SIZES.map((p) => (
            <ToggleButton key={p} value={p}>
              {p}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Box>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        {status && (
          <Typography
            variant="body2"
            role="status"
            sx={{ color: failure && !busy ? 'error.main' : 'text.secondary', textAlign: 'right' }}
          >
            {status}
          </Typography>
        )}
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
        {mode === 'electron' ? (
          <>
            <Button
              variant="text"
              startIcon={spinner('open') ?? <OpenIcon />}
              onClick={() => onIssue('open')}
              disabled={!printable || busy}
            >
              {t('booklet.open')}
            </Button>
            <Button
              variant="outlined"
              startIcon={spinner('save') ?? <SaveIcon />}
              onClick={() => onIssue('save')}
              disabled={!printable || busy}
            >
              {t('booklet.save')}
            </Button>
          </>
        ) : (
          <Button
            variant="outlined"
            startIcon={spinner('download') ?? <DownloadIcon />}
            onClick={() => onIssue('download')}
            disabled={!printable || busy}
          >
            {t('booklet.download')}
          </Button>
        )}
        <Tooltip title={t('booklet.printTooltip', { keys: modKeys('P') })}>
          <span>
            <Button
              variant="contained"
              size="large"
              startIcon={spinner(mode === 'electron' ? 'print' : 'print-browser') ?? <PrintIcon />}
              onClick={onPrint}
              disabled={!printable || busy}
              sx={{ minWidth: 132 }}
            >
              {t('booklet.print')}
            </Button>
          </span>
        </Tooltip>
      </Box>
    </Box>
  );
}
