import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import {
  ClosedDayInput,
  localToday,
  toValidationIssues,
  type AffectedBooking,
  type ClosedDay,
  type Clinician,
} from '../../../../shared/contract';
import { useApi } from '../../../api-context';
import { useNotifier } from '../../../components/Notifier';
import { describeError, validationIssues } from '../../../errors';
import { useI18n } from '../../../i18n';
import { paths, useRouter } from '../../../router';
import { clinicianName, diaryValidation, useDiaryFormat } from '../../Diary/format';

interface Row {
  key: number;
  from: string;
  to: string;
  clinicianId: number | null;
  label: string;
}

let nextKey = 1;
const rowOf = (c: Omit<Row, 'key'>): Row => ({ key: nextKey++, ...c });
const text = (rows: Row[]) => JSON.stringify(rows.map(({ key: _k, ...r }) => r));

/** Holidays and leave: clinic-wide or one clinician, with a label. Saving lists the bookings they hit. */
export function ClosedDays(props: {
  clinicians: Clinician[];
  closedDays: ClosedDay[];
  onDirty(dirty: boolean): void;
  onRefreshClinicians(): void;
}) {
  const { clinicians } = props;
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const fmt = useDiaryFormat();
  const { navigate } = useRouter();
  const { notify } = useNotifier();
  const [base, setBase] = useState<Row[]>(() => props.closedDays.map(rowOf));
  const [rows, setRows] = useState<Row[]>(base);
  const [submitted, setSubmitted] = useState(false);
  const [serverIssues, setServerIssues] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [affected, setAffected] = useState<AffectedBooking[] | null>(null);
  const dirty = text(rows) !== text(base);

  const change = (next: Row[]) => {
    setRows(next);
    setServerIssues({});
    props.onDirty(text(next) !== text(base));
  };
  const edit = (key: number, patch: Partial<Row>) => change(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const issues: Record<string, string> = { ...serverIssues };
  const parsed = rows.map((r) =>
    ClosedDayInput.safeParse({ from: r.from, to: r.to, clinicianId: r.clinicianId, label: r.label }),
  );
  if (submitted)
    parsed.forEach((p, i) => {
      if (p.success) return;
      for (const issue of toValidationIssues(p.error)) issues[`${rows[i]!.key}.${issue.path}`] ??= issue.message;
    });

  const save = async () => {
    setSubmitted(true);
    setFailure(null);
    if (saving || parsed.some((p) => !p.success)) return;
    setSaving(true);
    try {
      const result = await api.call('diary:closed-days:set', {
        items: rows.map((r) => ({ from: r.from, to: r.to, clinicianId: r.clinicianId, label: r.label.trim() })),
      });
      const stored = result.closedDays.map(rowOf);
      setBase(stored);
      setRows(stored);
      setSubmitted(false);
      setAffected(result.affected);
      props.onDirty(false);
      notify(t('diarySetup.closed.saved'));
    } catch (error) {
      const mapped: Record<string, string> = {};
      for (const issue of validationIssues(error) ?? []) {
        const [, index, ...field] = issue.path.split('.');
        const row = rows[Number(index)];
        if (row && field.length) mapped[`${row.key}.${field.join('.')}`] ??= issue.message;
      }
      setServerIssues(mapped);
      if (!Object.keys(mapped).length) setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const message = (key: number, field: string) => {
    const m = issues[`${key}.${field}`];
    return m === undefined ? undefined : diaryValidation(i18n, m);
  };

  return (
    <Stack spacing={2}>
      {rows.length === 0 ? (
        <Box sx={{ py: 2.5, px: 2, textAlign: 'center', bgcolor: 'action.hover', borderRadius: 1 }}>
          <Typography sx={{ color: 'text.secondary' }}>{t('diarySetup.closed.empty')}</Typography>
        </Box>
      ) : (
        <Box component="ul" aria-label={t('diarySetup.closed.listLabel')} sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {rows.map((r, i) => (
            <Box
              component="li"
              key={r.key}
              aria-label={t('diarySetup.closed.itemLabel', { n: i + 1 })}
              sx={{
                display: 'grid',
                gridTemplateColumns: '170px 170px 1fr',
                columnGap: 1.5,
                rowGap: 2,
                py: 2,
                borderBottom: 1,
                borderColor: 'divider',
                position: 'relative',
                pr: 5,
              }}
            >
              <TextField
                type="date"
                size="small"
                label={t('diarySetup.closed.from')}
                value={r.from}
                onChange={(e) =>
                  edit(r.key, { from: e.target.value, to: r.to < e.target.value ? e.target.value : r.to })
                }
                error={message(r.key, 'from') !== undefined}
                helperText={message(r.key, 'from')}
                slotProps={{ inputLabel: { shrink: true } }}
              />
              <TextField
                type="date"
                size="small"
                label={t('diarySetup.closed.to')}
                value={r.to}
                onChange={(e) => edit(r.key, { to: e.target.value })}
                error={message(r.key, 'to') !== undefined}
                helperText={message(r.key, 'to')}
                slotProps={{ inputLabel: { shrink: true } }}
              />
              <TextField
                select
                size="small"
                label={t('diarySetup.closed.who')}
                value={r.clinicianId ?? 0}
                onChange={(e) => edit(r.key, { clinicianId: Number(e.target.value) || null })}
                slotProps={{ select: { onOpen: props.onRefreshClinicians } }}
              >
                <MenuItem value={0}>{t('diarySetup.closed.wholeClinic')}</MenuItem>
                {clinicians
                  .filter((c) => c.active || c.id === r.clinicianId)
                  .map((c) => (
                    <MenuItem key={c.id} value={c.id}>
                      {c.name}
                    </MenuItem>
                  ))}
              </TextField>
              <TextField
                size="small"
                label={t('diarySetup.closed.label')}
                placeholder={t('diarySetup.closed.labelPlaceholder')}
                value={r.label}
                onChange={(e) => edit(r.key, { label: e.target.value })}
                error={message(r.key, 'label') !== undefined}
                helperText={message(r.key, 'label')}
                sx={{ gridColumn: '1 / -1' }}
              />
              <Tooltip title={t('diarySetup.closed.remove')}>
                <IconButton
                  onClick={() => change(rows.filter((x) => x.key !== r.key))}
                  aria-label={t('diarySetup.closed.removeLabel', { n: i + 1 })}
                  sx={{ position: 'absolute', right: 0, top: 12 }}
                >
                  <DeleteIcon />
                </IconButton>
              </Tooltip>
            </Box>
          ))}
        </Box>
      )}
      {failure !== null && <Alert severity="error">{describeError(t, failure)}</Alert>}
      {affected && affected.length > 0 && (
        <Alert severity="warning" onClose={() => setAffected(null)} role="alert">
          <AlertTitle>{t('diarySetup.closed.affectedTitle', { count: affected.length })}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }} aria-label={t('diarySetup.closed.affectedLabel')}>
            {affected.map((a) => (
              <li key={a.appointmentId}>
                <Link
                  href={paths.diary({ date: a.date, clinicianId: a.clinicianId })}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(paths.diary({ date: a.date, clinicianId: a.clinicianId }));
                  }}
                >
                  {t('name.full', { first: a.firstName, last: a.lastName })}
                </Link>
                {' — '}
                {fmt.when(a.date, a.start)} · {clinicianName(clinicians, a.clinicianId)}
              </li>
            ))}
          </Box>
        </Alert>
      )}
      {affected && affected.length === 0 && (
        <Alert severity="success" onClose={() => setAffected(null)}>
          {t('diarySetup.closed.noneAffected')}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button
          startIcon={<AddIcon />}
          onClick={() => {
            const today = localToday();
            change([...rows, rowOf({ from: today, to: today, clinicianId: null, label: '' })]);
          }}
        >
          {t('diarySetup.closed.add')}
        </Button>
        <Box sx={{ flex: 1 }} />
        {dirty && (
          <Button
            color="inherit"
            onClick={() => {
              setRows(base);
              setSubmitted(false);
              props.onDirty(false);
            }}
          >
            {t('diarySetup.discard')}
          </Button>
        )}
        <Button
          variant="contained"
          onClick={() => void save()}
          disabled={saving || !dirty}
          startIcon={saving ? <CircularProgress size={18} color="inherit" /> : undefined}
        >
          {t('diarySetup.closed.save')}
        </Button>
      </Stack>
    </Stack>
  );
}
