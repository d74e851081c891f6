import { useState } from 'react';
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
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { ContactedInput, localToday, RecallOutcome, type RecallItem } from '../../../shared/contract';
import { useNotifier } from '../../components/Notifier';
import { DateField } from '../../components/pickers';
import { useApiMutation } from '../../data';
import { describeError } from '../../errors';
import { applyServerIssues } from '../../forms';
import { isMod } from '../../hooks/shortcuts';
import { useI18n } from '../../i18n';
import { useOptionalSettings } from '../../settings-context';
import { recallPhone } from './phone';

interface CallValues {
  contactedOn: string;
  outcome: RecallOutcome | null;
  note: string;
}

/** The contract's fields for a logged call; only "pick an outcome" is the form's own word. */
const callSchema = z.object({
  contactedOn: z.string().trim().min(1, { message: 'required' }).pipe(ContactedInput.shape.contactedOn.unwrap()),
  outcome: RecallOutcome.nullable().transform((outcome, ctx) => {
    if (outcome === null) {
      ctx.addIssue({ code: 'custom', message: 'chooseOne' });
      return z.NEVER;
    }
    return outcome;
  }),
  note: ContactedInput.shape.note.unwrap(),
});

/** After phoning a family: when, how it went, and a note for whoever calls next. */
export function LogCallDialog(props: { item: RecallItem | null; onClose(): void }) {
  return (
    <Dialog open={props.item !== null} onClose={props.onClose} aria-labelledby="log-call-title" maxWidth="sm" fullWidth>
      {props.item && <LogCallForm key={props.item.recallId} item={props.item} onClose={props.onClose} />}
    </Dialog>
  );
}

function LogCallForm({ item, onClose }: { item: RecallItem; onClose(): void }) {
  const { t, validation } = useI18n();
  const { notify } = useNotifier();
  const country = useOptionalSettings()?.country ?? 'GB';
  const logCall = useApiMutation('recall:contacted');
  const [failure, setFailure] = useState<unknown>(null);
  const { control, handleSubmit, setError, formState } = useForm<CallValues, unknown, z.output<typeof callSchema>>({
    resolver: zodResolver(callSchema),
    defaultValues: { contactedOn: localToday(), outcome: null, note: '' },
  });
  const outcome = useWatch({ control, name: 'outcome' });
  const name = t('name.full', { first: item.firstName, last: item.lastName });
  const phone = recallPhone(item, country);
  const message = (key: string | undefined, path: string) =>
    key === undefined
      ? undefined
      : path === 'contactedOn' && key === 'dateInFuture'
        ? t('recall.callInFuture')
        : validation(key);

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await logCall.mutateAsync({ patientId: item.patientId, recallId: item.recallId, ...values });
      notify(t('recall.logged', { name }));
      onClose();
    } catch (error) {
      if (!applyServerIssues(error, setError, (key) => key, ['contactedOn', 'outcome', 'note'])) setFailure(error);
    }
  });

  return (
    <Box
      component="form"
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => {
        // The date field submits the form on Enter by itself (and says so with preventDefault).
        if (event.defaultPrevented || !isMod(event.nativeEvent, 'enter')) return;
        event.preventDefault();
        void submit();
      }}
    >
      <DialogTitle id="log-call-title">{t('recall.logTitle', { name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5}>
          <Typography>
            {item.guardianName}
            {phone && (
              <>
                {' · '}
                <Link href={phone.href}>{phone.text}</Link>
              </>
            )}
          </Typography>
          <Controller
            control={control}
            name="outcome"
            render={({ field, fieldState }) => (
              <FormControl error={fieldState.error !== undefined}>
                <FormLabel id="call-outcome-label">{t('recall.field.outcome')}</FormLabel>
                <RadioGroup
                  aria-labelledby="call-outcome-label"
                  value={field.value ?? ''}
                  onChange={(e) => field.onChange(e.target.value as RecallOutcome)}
                >
                  {RecallOutcome.options.map((o, i) => (
                    <FormControlLabel
                      key={o}
                      value={o}
                      control={
                        <Radio autoFocus={i === 0} slotProps={{ input: { ref: i === 0 ? field.ref : undefined } }} />
                      }
                      label={t(`recall.outcome.${o}`)}
                    />
                  ))}
                </RadioGroup>
                {fieldState.error && <FormHelperText>{message(fieldState.error.message, 'outcome')}</FormHelperText>}
                {outcome === 'declined' && <FormHelperText>{t('recall.declinedHint')}</FormHelperText>}
                {outcome === 'booked' && <FormHelperText>{t('recall.bookedHint')}</FormHelperText>}
              </FormControl>
            )}
          />
          <Controller
            control={control}
            name="contactedOn"
            render={({ field, fieldState }) => {
              const error = message(fieldState.error?.message, 'contactedOn');
              return (
                <DateField
                  label={t('recall.field.contactedOn')}
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={error !== undefined}
                  helperText={error}
                  max={localToday()}
                  shortcuts={['today']}
                  fullWidth={false}
                />
              );
            }}
          />
          <Controller
            control={control}
            name="note"
            render={({ field, fieldState }) => (
              <TextField
                label={t('recall.field.note')}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={fieldState.error !== undefined}
                helperText={message(fieldState.error?.message, 'note')}
                multiline
                minRows={2}
                slotProps={{ htmlInput: { maxLength: 500 } }}
              />
            )}
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
          disabled={formState.isSubmitting}
          startIcon={formState.isSubmitting ? <CircularProgress size={18} color="inherit" /> : undefined}
        >
          {t('recall.save')}
        </Button>
      </DialogActions>
    </Box>
  );
}
