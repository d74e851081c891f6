import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { CallFailed } from '../../api';
import { useApi } from '../../api-context';
import { describeError, validationIssues } from '../../errors';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { useDiaryFormat } from '../Diary/format';
import type { CourseAdherence } from '../../../shared/contract';
import { courseStatusText } from './status-text';

interface Props {
  open: boolean;
  /** The current plan's courses (`adherence:summary`), to pick one without the code. */
  courses: readonly CourseAdherence[];
  onClose(): void;
}

/**
 * "Enter a returned calendar": the code printed on the page (it names the child, the plan and the
 * course), or a course of the current plan picked from the list.
 */
export function EnterCalendarDialog({ open, courses, onClose }: Props) {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const fmt = useDiaryFormat();
  const { navigate } = useRouter();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const started = courses.filter((c) => c.status !== 'ahead');
  // The page most likely in hand: the first finished course with nothing entered yet.
  const likely = started.find((c) => c.status === 'not_entered')?.course ?? null;

  const close = () => {
    setCode('');
    setError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = code.trim();
    if (!typed) {
      setError(t('adherence.dialog.codeMissing'));
      return;
    }
    setBusy(true);
    try {
      const sheet = await api.call('adherence:sheet', { code: typed });
      close();
      navigate(paths.courseReturn(sheet.patientId, sheet.planStart, sheet.course));
    } catch (failure) {
      const issue = validationIssues(failure)?.[0];
      if (issue) setError(t('adherence.error.courseCode'));
      else if (failure instanceof CallFailed && failure.error.code === 'NOT_FOUND')
        setError(t('adherence.dialog.codeUnknown'));
      else setError(describeError(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={close} aria-labelledby="enter-calendar-title" fullWidth maxWidth="sm">
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id="enter-calendar-title">{t('adherence.dialog.title')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            label={t('adherence.dialog.code')}
            value={code}
            onChange={(e) => {
              setCode(e.target.value);
              setError(null);
            }}
            error={error !== null}
            helperText={error ?? t('adherence.dialog.codeHint')}
            autoComplete="off"
            sx={{ mt: 1 }}
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'ui-monospace, monospace' } } }}
          />
          {started.length > 0 && (
            <>
              <Typography id="enter-calendar-pick" sx={{ mt: 2, mb: 0.5, fontWeight: 600 }}>
                {t('adherence.dialog.pick')}
              </Typography>
              <List
                dense
                aria-labelledby="enter-calendar-pick"
                sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}
              >
                {started.map((c) => (
                  <ListItemButton
                    key={c.course}
                    selected={c.course === likely}
                    onClick={() => {
                      close();
                      navigate(paths.courseReturn(c.patientId, c.planStart, c.course));
                    }}
                  >
                    <ListItemText
                      primary={t('adherence.dialog.course', {
                        course: c.course,
                        dates: fmt.range(c.startDate, c.endDate),
                      })}
                      secondary={courseStatusText(i18n, c)}
                    />
                  </ListItemButton>
                ))}
              </List>
            </>
          )}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={close} color="inherit">
            {t('action.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('adherence.dialog.open')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
