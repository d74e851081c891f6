import { useMemo, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonGroup from '@mui/material/ButtonGroup';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import CalendarIcon from '@mui/icons-material/EventOutlined';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import { phoneText, toValidationIssues, type PrintResult } from '../../../shared/contract';
import type { PersonName } from '../../../shared/person-name';
import type { Api } from '../../api';
import { ApiProvider, useApi } from '../../api-context';
import { describeError, validationIssues } from '../../errors';
import { useI18n, useT } from '../../i18n';
import { useSettings } from '../../settings-context';
import { usePrinting } from '../Diary/usePrinting';

type CardActionsProps = {
  childId: number;
  /** Names the downloaded files (shared/file-names.ts). */
  child: PersonName;
  autoFocus?: boolean;
  size?: 'small' | 'medium';
};

/** What the print hook gets when the receptionist closes the phone dialog: nothing printed, nothing to say. */
const NOT_PRINTED: PrintResult = { pdf: null, savedTo: null, cancelled: true };

/**
 * "Print card" and "Add to calendar (.ics)" for one child. Main refuses a card without the clinic
 * phone (the number parents call to move a visit); that refusal is answered here, in place: the
 * card call waits while a small dialog asks for the number, saves it, and then prints. The print
 * hook reports every other failure itself, so it gets an api whose card call does this.
 */
export function CardActions(props: CardActionsProps) {
  const api = useApi();
  const [asking, setAsking] = useState<((saved: boolean) => void) | null>(null);
  const cardApi = useMemo<Api>(
    () => ({
      call: async (channel, input) => {
        try {
          return await api.call(channel, input);
        } catch (error) {
          const missingPhone = validationIssues(error)?.some((issue) => issue.path === 'clinicPhone');
          if (channel !== 'appointments:card' || !missingPhone) throw error;
          const saved = await new Promise<boolean>((resolve) => setAsking(() => resolve));
          return (saved ? await api.call(channel, input) : NOT_PRINTED) as never;
        }
      },
    }),
    [api],
  );
  const answer = (saved: boolean) => {
    asking?.(saved);
    setAsking(null);
  };
  return (
    <ApiProvider api={cardApi}>
      <CardButtons {...props} />
      <ClinicPhoneDialog open={asking !== null} onDone={answer} />
    </ApiProvider>
  );
}

/** The A6 card by default, the A4 sheet from the menu, and the .ics file. */
function CardButtons(props: CardActionsProps) {
  const t = useT();
  const printing = usePrinting();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menu = anchor !== null;
  const size = props.size ?? 'medium';
  const busyIcon = <CircularProgress size={16} color="inherit" aria-hidden />;

  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
      <ButtonGroup variant="contained" size={size} aria-label={t('diary.card.group')}>
        <Tooltip title={t('diary.card.a6Hint')}>
          <Button
            startIcon={printing.busy === 'card-A6' ? busyIcon : <PrintIcon />}
            disabled={printing.busy !== null}
            onClick={() => void printing.printCard(props.childId, 'A6', props.child)}
            autoFocus={props.autoFocus}
          >
            {t('diary.card.print')}
          </Button>
        </Tooltip>
        <Button
          aria-label={t('diary.card.choose')}
          aria-haspopup="menu"
          aria-expanded={menu}
          disabled={printing.busy !== null}
          onClick={(event) => setAnchor(event.currentTarget)}
          sx={{ px: 0.5, minWidth: 0 }}
        >
          {printing.busy === 'card-A4' ? busyIcon : <ArrowDropDownIcon />}
        </Button>
      </ButtonGroup>
      <Menu anchorEl={anchor} open={menu} onClose={() => setAnchor(null)}>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            void printing.printCard(props.childId, 'A6', props.child);
          }}
        >
          <ListItemText primary={t('diary.card.a6')} secondary={t('diary.card.a6Hint')} />
        </MenuItem>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            void printing.printCard(props.childId, 'A4', props.child);
          }}
        >
          <ListItemText primary={t('diary.card.a4')} secondary={t('diary.card.a4Hint')} />
        </MenuItem>
      </Menu>
      <Button
        variant="outlined"
        size={size}
        startIcon={printing.busy === 'ics' ? busyIcon : <CalendarIcon />}
        disabled={printing.busy !== null}
        onClick={() => void printing.downloadIcs(props.childId, props.child)}
      >
        {t('diary.ics.add')}
      </Button>
    </Stack>
  );
}

/** Asks for the clinic phone and saves it in the settings (as Settings → Clinic would). */
function ClinicPhoneDialog(props: { open: boolean; onDone(saved: boolean): void }) {
  return (
    <Dialog
      open={props.open}
      onClose={() => props.onDone(false)}
      aria-labelledby="clinic-phone-title"
      maxWidth="xs"
      fullWidth
    >
      {props.open && <ClinicPhoneForm onDone={props.onDone} />}
    </Dialog>
  );
}

function ClinicPhoneForm({ onDone }: { onDone(saved: boolean): void }) {
  const api = useApi();
  const { t, validation } = useI18n();
  const { setSettings } = useSettings();
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const parsed = phoneText.safeParse(phone);
    if (!parsed.success) {
      setError(phone.trim() === '' ? 'required' : (toValidationIssues(parsed.error)[0]?.message ?? 'invalidValue'));
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      setSettings(await api.call('settings:update', { clinicPhone: parsed.data }));
      onDone(true);
    } catch (e) {
      const issue = validationIssues(e)?.find((i) => i.path === 'clinicPhone');
      if (issue) setError(issue.message);
      else setFailure(e);
      setSaving(false);
    }
  };

  return (
    <Box component="form" noValidate onSubmit={submit}>
      <DialogTitle id="clinic-phone-title">{t('diary.card.phoneTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('diary.card.phoneBody')}</DialogContentText>
        <TextField
          label={t('diary.card.phoneLabel')}
          value={phone}
          onChange={(e) => {
            setPhone(e.target.value);
            setError(null);
          }}
          error={error !== null}
          helperText={error === null ? ' ' : validation(error)}
          type="tel"
          autoFocus
          fullWidth
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: 'tel' } }}
        />
        {failure !== null && <Alert severity="error">{describeError(t, failure)}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={() => onDone(false)} color="inherit">
          {t('action.cancel')}
        </Button>
        <Button
          type="submit"
          variant="contained"
          disabled={saving}
          startIcon={saving ? <CircularProgress size={18} color="inherit" /> : <PrintIcon />}
        >
          {t('diary.card.phoneSave')}
        </Button>
      </DialogActions>
    </Box>
  );
}
