import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/EditOutlined';
import { AppointmentTypeInput, toValidationIssues, type AppointmentType } from '../../../../shared/contract';
import { useApi } from '../../../api-context';
import { useNotifier } from '../../../components/Notifier';
import { describeError, validationIssues } from '../../../errors';
import { useI18n } from '../../../i18n';
import { diaryValidation, typeName } from '../../Diary/format';

function sorted(list: AppointmentType[]): AppointmentType[] {
  return [...list].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
}

/** Kinds of visit and their usual length; deactivated, never deleted (past visits keep theirs). */
export function AppointmentTypes(props: { types: AppointmentType[]; onChange(types: AppointmentType[]): void }) {
  const { types } = props;
  const api = useApi();
  const { t } = useI18n();
  const { notify, reportError } = useNotifier();
  const [editing, setEditing] = useState<AppointmentType | 'new' | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const upsert = (stored: AppointmentType) =>
    props.onChange(sorted([...types.filter((x) => x.id !== stored.id), stored]));

  const setActive = async (type: AppointmentType, active: boolean) => {
    setBusy(type.id);
    try {
      const stored = await api.call('appointment-types:save', {
        id: type.id,
        name: type.name,
        durationMinutes: type.durationMinutes,
        active,
      });
      upsert(stored);
      notify(
        t(active ? 'diarySetup.types.reactivated' : 'diarySetup.types.deactivated', { name: typeName(t, stored) }),
      );
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack spacing={2}>
      {types.length === 0 ? (
        <Box sx={{ py: 2.5, px: 2, textAlign: 'center', bgcolor: 'action.hover', borderRadius: 1 }}>
          <Typography sx={{ color: 'text.secondary' }}>{t('diarySetup.types.empty')}</Typography>
        </Box>
      ) : (
        <Box
          component="ul"
          aria-label={t('diarySetup.types.listLabel')}
          sx={{ m: 0, p: 0, listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 1 }}
        >
          {types.map((x) => {
            const name = typeName(t, x);
            return (
              <Box
                component="li"
                key={x.id}
                aria-label={name}
                sx={{
                  display: 'flex',
                  alignItems: 'center',
                  gap: 2,
                  px: 2,
                  py: 1.25,
                  borderBottom: 1,
                  borderColor: 'divider',
                  '&:last-of-type': { borderBottom: 0 },
                  opacity: x.active ? 1 : 0.75,
                }}
              >
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Typography sx={{ fontWeight: 600 }}>{name}</Typography>
                    {!x.active && <Chip size="small" label={t('clinicians.inactive')} />}
                  </Stack>
                  <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                    {t('diary.minutes', { count: x.durationMinutes })}
                  </Typography>
                </Box>
                <Button
                  size="small"
                  startIcon={<EditIcon />}
                  onClick={() => setEditing(x)}
                  aria-label={t('diarySetup.types.editLabel', { name })}
                >
                  {t('clinicians.edit')}
                </Button>
                <Button
                  size="small"
                  color="inherit"
                  disabled={busy === x.id}
                  onClick={() => void setActive(x, !x.active)}
                  aria-label={t(x.active ? 'diarySetup.types.deactivateLabel' : 'diarySetup.types.reactivateLabel', {
                    name,
                  })}
                  sx={{ minWidth: 120, color: 'text.secondary' }}
                >
                  {t(x.active ? 'clinicians.deactivate' : 'clinicians.reactivate')}
                </Button>
              </Box>
            );
          })}
        </Box>
      )}
      <Box>
        <Button startIcon={<AddIcon />} onClick={() => setEditing('new')}>
          {t('diarySetup.types.add')}
        </Button>
      </Box>
      <TypeDialog
        key={editing === null ? 'closed' : editing === 'new' ? 'new' : editing.id}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(stored, created) => {
          upsert(stored);
          setEditing(null);
          notify(created ? t('diarySetup.types.added', { name: typeName(t, stored) }) : t('common.saved'));
        }}
      />
    </Stack>
  );
}

function TypeDialog(props: {
  editing: AppointmentType | 'new' | null;
  onClose(): void;
  onSaved(stored: AppointmentType, created: boolean): void;
}) {
  const { editing } = props;
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const existing = editing !== null && editing !== 'new' ? editing : null;
  // A shipped type shows its translated name; saved unchanged, it keeps the stored one.
  const shownName = existing ? typeName(t, existing) : '';
  const [name, setName] = useState(shownName);
  const [duration, setDuration] = useState(String(existing?.durationMinutes ?? 20));
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const input = {
    ...(existing ? { id: existing.id } : {}),
    name: existing && name.trim() === shownName ? existing.name : name,
    durationMinutes: duration.trim() === '' ? NaN : Number(duration),
    active: existing?.active ?? true,
  };
  const parsed = AppointmentTypeInput.safeParse(input);
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of toValidationIssues(parsed.error)) errors[issue.path] ??= issue.message;
  if (errors.name && name.trim() === '') errors.name = 'required';
  if (errors.durationMinutes) errors.durationMinutes = duration.trim() === '' ? 'required' : 'durationRange';
  const shown = (f: string) => {
    const key = serverErrors[f] ?? (submitted ? errors[f] : undefined);
    return key === undefined ? undefined : diaryValidation(i18n, key);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setSubmitted(true);
    setFailure(null);
    if (!parsed.success || saving) return;
    setSaving(true);
    try {
      const stored = await api.call('appointment-types:save', parsed.data);
      props.onSaved(stored, !existing);
    } catch (error) {
      setSaving(false);
      const fields: Record<string, string> = {};
      for (const issue of validationIssues(error) ?? []) fields[issue.path] ??= issue.message;
      setServerErrors(fields);
      if (!Object.keys(fields).length) setFailure(error);
    }
  };

  return (
    <Dialog open={editing !== null} onClose={props.onClose} aria-labelledby="type-dialog-title" maxWidth="xs" fullWidth>
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id="type-dialog-title">
          {t(existing ? 'diarySetup.types.dialogEdit' : 'diarySetup.types.dialogAdd')}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={1} sx={{ pt: 1 }}>
            <TextField
              label={t('diarySetup.types.name')}
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                setServerErrors({});
              }}
              error={shown('name') !== undefined}
              helperText={shown('name') ?? ' '}
              autoFocus
              autoComplete="off"
            />
            <TextField
              type="number"
              label={t('diary.field.duration')}
              value={duration}
              onChange={(e) => {
                setDuration(e.target.value);
                setServerErrors({});
              }}
              error={shown('durationMinutes') !== undefined}
              helperText={shown('durationMinutes') ?? t('diary.field.minutes')}
              slotProps={{ htmlInput: { min: 5, max: 480, step: 5 } }}
            />
            {failure !== null && <Alert severity="error">{describeError(t, failure)}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={props.onClose} color="inherit">
            {t('action.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={saving}
            startIcon={saving ? <CircularProgress size={18} color="inherit" /> : undefined}
          >
            {saving ? t('action.saving') : t('action.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
