import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/PersonAddAlt';
import EditIcon from '@mui/icons-material/EditOutlined';
import { ClinicianInput, toValidationIssues, type Clinician } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { LoadFailed } from '../../components/LoadFailed';
import { useNotifier } from '../../components/Notifier';
import { PageLoading } from '../../components/PageLoading';
import { describeError, validationIssues } from '../../errors';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n';

type Field = 'name' | 'title' | 'phone';
type Values = Record<Field, string>;
const FIELDS: Field[] = ['name', 'title', 'phone'];

/** Active first, then by name (as main lists them); kept so after a local change. */
function sorted(list: Clinician[]): Clinician[] {
  return [...list].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
}

/** The practice's clinicians: add, edit, deactivate and reactivate (never delete: past visits keep the name). */
export function CliniciansCard() {
  const { t } = useI18n();
  const api = useApi();
  const { notify, reportError } = useNotifier();
  const loaded = useLoad('clinicians', () => api.call('clinicians:list', {}));
  const [local, setLocal] = useState<Clinician[] | null>(null);
  const [editing, setEditing] = useState<Clinician | 'new' | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const list = local ?? loaded.value ?? null;

  const upsert = (stored: Clinician) => setLocal(sorted([...(list ?? []).filter((c) => c.id !== stored.id), stored]));

  const setActive = async (c: Clinician, active: boolean) => {
    setBusy(c.id);
    try {
      const { id: _, ...rest } = c;
      const stored = await api.call('clinicians:update', { id: c.id, clinician: { ...rest, active } });
      upsert(stored);
      notify(t(active ? 'clinicians.reactivated' : 'clinicians.deactivated', { name: stored.name }));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card sx={{ p: 4, scrollMarginTop: 88 }} component="section" aria-labelledby="clinicians-title" id="clinicians">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 0.5 }}>
        <Typography variant="h2" id="clinicians-title">
          {t('clinicians.title')}
        </Typography>
        <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setEditing('new')} disabled={!list}>
          {t('clinicians.add')}
        </Button>
      </Stack>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2.5 }}>
        {t('clinicians.hint')}
      </Typography>
      {loaded.error && !list ? (
        <LoadFailed title={t('clinicians.loadFailed')} error={loaded.error} onRetry={loaded.reload} />
      ) : !list ? (
        <PageLoading />
      ) : list.length === 0 ? (
        <Box sx={{ py: 3, px: 2, textAlign: 'center', bgcolor: 'action.hover', borderRadius: 1 }}>
          <Typography sx={{ color: 'text.secondary' }}>{t('clinicians.empty')}</Typography>
        </Box>
      ) : (
        <Box
          component="ul"
          aria-label={t('clinicians.listLabel')}
          sx={{ m: 0, p: 0, border: 1, borderColor: 'divider', borderRadius: 1 }}
        >
          {list.map((c) => (
            <Box
              component="li"
              key={c.id}
              aria-label={c.name}
              sx={{
                listStyle: 'none',
                display: 'flex',
                alignItems: 'center',
                gap: 2,
                px: 2,
                py: 1.5,
                borderBottom: 1,
                borderColor: 'divider',
                '&:last-of-type': { borderBottom: 0 },
                opacity: c.active ? 1 : 0.75,
              }}
            >
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{c.name}</Typography>
                  {!c.active && <Chip size="small" label={t('clinicians.inactive')} />}
                </Stack>
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {[c.title, c.phone].filter(Boolean).join(' · ')}
                </Typography>
              </Box>
              <Button
                size="small"
                startIcon={<EditIcon />}
                onClick={() => setEditing(c)}
                aria-label={t('clinicians.editLabel', { name: c.name })}
              >
                {t('clinicians.edit')}
              </Button>
              <Button
                size="small"
                color="inherit"
                disabled={busy === c.id}
                onClick={() => void setActive(c, !c.active)}
                aria-label={t(c.active ? 'clinicians.deactivateLabel' : 'clinicians.reactivateLabel', {
                  name: c.name,
                })}
                sx={{ minWidth: 120, color: 'text.secondary' }}
              >
                {t(c.active ? 'clinicians.deactivate' : 'clinicians.reactivate')}
              </Button>
            </Box>
          ))}
        </Box>
      )}
      <ClinicianDialog
        key={editing === null ? 'closed' : editing === 'new' ? 'new' : editing.id}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(stored, created) => {
          upsert(stored);
          setEditing(null);
          notify(created ? t('clinicians.added', { name: stored.name }) : t('common.saved'));
        }}
      />
    </Card>
  );
}

function ClinicianDialog(props: {
  editing: Clinician | 'new' | null;
  onClose(): void;
  onSaved(stored: Clinician, created: boolean): void;
}) {
  const { editing, onClose, onSaved } = props;
  const { t, validation } = useI18n();
  const api = useApi();
  const existing = editing !== null && editing !== 'new' ? editing : null;
  const [values, setValues] = useState<Values>({
    name: existing?.name ?? '',
    title: existing?.title ?? '',
    phone: existing?.phone ?? '',
  });
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Values>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const input = { ...values, active: existing?.active ?? true };
  const parsed = ClinicianInput.safeParse(input);
  const errors: Partial<Values> = {};
  if (!parsed.success) {
    for (const issue of toValidationIssues(parsed.error)) errors[issue.path as Field] ??= issue.message;
    for (const f of FIELDS) if (errors[f] && f !== 'phone' && values[f].trim() === '') errors[f] = 'required';
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setSubmitted(true);
    setFailure(null);
    if (!parsed.success || saving) return;
    setSaving(true);
    try {
      const stored = existing
        ? await api.call('clinicians:update', { id: existing.id, clinician: parsed.data })
        : await api.call('clinicians:create', parsed.data);
      onSaved(stored, !existing);
    } catch (error) {
      setSaving(false);
      const fields: Partial<Values> = {};
      for (const issue of validationIssues(error) ?? []) {
        if ((FIELDS as string[]).includes(issue.path)) fields[issue.path as Field] ??= issue.message;
      }
      setServerErrors(fields);
      if (!Object.keys(fields).length) setFailure(error);
    }
  };

  const field = (name: Field, label: string, extra: Parameters<typeof TextField>[0] = {}) => {
    const key = serverErrors[name] ?? (touched[name] || submitted ? errors[name] : undefined);
    return (
      <TextField
        label={label}
        value={values[name]}
        onChange={(e) => {
          setValues((v) => ({ ...v, [name]: e.target.value }));
          setServerErrors(({ [name]: _, ...rest }) => rest);
        }}
        onBlur={() => setTouched((v) => ({ ...v, [name]: true }))}
        error={key !== undefined}
        autoComplete="off"
        {...extra}
        helperText={key === undefined ? (extra.helperText ?? ' ') : validation(key)}
      />
    );
  };

  return (
    <Dialog open={editing !== null} onClose={onClose} aria-labelledby="clinician-dialog-title" maxWidth="sm" fullWidth>
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id="clinician-dialog-title">
          {t(existing ? 'clinicians.dialogEdit' : 'clinicians.dialogAdd')}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={1} sx={{ pt: 1 }}>
            {field('name', t('field.clinicianName'), { autoFocus: true })}
            {field('title', t('field.clinicianTitle'), { helperText: t('field.clinicianTitleHint') })}
            {field('phone', t('field.clinicianPhone'), { type: 'tel', slotProps: { htmlInput: { inputMode: 'tel' } } })}
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
            sx={{ minWidth: 120 }}
          >
            {saving ? t('action.saving') : t('action.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
