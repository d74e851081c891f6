import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Link from '@mui/material/Link';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { RecallOutcome, type RecallItem } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { useNotifier } from '../../components/Notifier';
import { describeError } from '../../errors';
import { isMod } from '../../hooks/shortcuts';
import { useI18n } from '../../i18n';
import { telHref } from '../Diary/format';

/** After phoning a family: how it went, and a note for whoever calls next. */
export function LogCallDialog(props: { item: RecallItem | null; onClose(): void; onLogged(): void }) {
  return (
    <Dialog open={props.item !== null} onClose={props.onClose} aria-labelledby="log-call-title" maxWidth="sm" fullWidth>
      {props.item && <LogCallForm key={props.item.recallId} {...props} item={props.item} />}
    </Dialog>
  );
}

function LogCallForm({ item, onClose, onLogged }: { item: RecallItem; onClose(): void; onLogged(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotifier();
  const [outcome, setOutcome] = useState<RecallOutcome | null>(null);
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const name = t('name.full', { first: item.firstName, last: item.lastName });

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setSubmitted(true);
    if (!outcome || saving) return;
    setSaving(true);
    setFailure(null);
    try {
      await api.call('recall:contacted', {
        patientId: item.patientId,
        recallId: item.recallId,
        outcome,
        note: note.trim(),
      });
      notify(t('recall.logged', { name }));
      onLogged();
      onClose();
    } catch (error) {
      setFailure(error);
      setSaving(false);
    }
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => {
        if (isMod(event.nativeEvent, 'enter')) void submit(event);
      }}
    >
      <DialogTitle id="log-call-title">{t('recall.logTitle', { name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography>
            {item.guardianName}
            {item.guardianPhone && (
              <>
                {' · '}
                <Link href={telHref(item.guardianPhone)}>{item.guardianPhone}</Link>
              </>
            )}
          </Typography>
          <FormControl error={submitted && !outcome}>
            <FormLabel id="call-outcome-label">{t('recall.field.outcome')}</FormLabel>
            <RadioGroup
              aria-labelledby="call-outcome-label"
              value={outcome ?? ''}
              onChange={(e) => setOutcome(e.target.value as RecallOutcome)}
            >
              {RecallOutcome.options.map((o, i) => (
                <FormControlLabel
                  key={o}
                  value={o}
                  control={<Radio autoFocus={i === 0} />}
                  label={t(`recall.outcome.${o}`)}
                />
              ))}
            </RadioGroup>
            {submitted && !outcome && <FormHelperText>{t('validation.chooseOne')}</FormHelperText>}
            {outcome === 'declined' && <FormHelperText>{t('recall.declinedHint')}</FormHelperText>}
            {outcome === 'booked' && <FormHelperText>{t('recall.bookedHint')}</FormHelperText>}
          </FormControl>
          <TextField
            label={t('recall.field.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            multiline
            minRows={2}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
          {failure !== null && <Alert severity="error">{describeError(t, failure)}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} color="inherit">
          {t('action.cancel')}
        </Button>
        <Button
          type="submit"
          variant="contained"
          disabled={saving}
          startIcon={saving ? <CircularProgress size={18} color="inherit" /> : undefined}
        >
          {t('recall.save')}
        </Button>
      </DialogActions>
    </Box>
  );
}
