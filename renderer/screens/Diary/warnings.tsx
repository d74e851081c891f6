import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { BookingWarning } from '../../../shared/contract';
import { useT, type Translate } from '../../i18n';
import { useDiaryFormat, type DiaryFormat } from './format';

export function warningText(t: Translate, fmt: DiaryFormat, w: BookingWarning, child: string, clinician: string) {
  switch (w.code) {
    case 'sameChildSameDay':
      return w.start
        ? t('diary.warning.sameChildSameDayAt', { name: child, time: fmt.time(w.start) })
        : t('diary.warning.sameChildSameDay', { name: child });
    case 'outsideWorkingHours':
      return t('diary.warning.outsideWorkingHours', { clinician });
    case 'closedDay':
      return t('diary.warning.closedDay');
  }
}

/** What the receptionist is asked before a visit is stored at a time worth a second look. */
export interface WarningQuestion {
  warnings: BookingWarning[];
  child: string;
  clinician: string;
  date: string;
  time: string;
  /** A change of a booked visit (dialog or drag) rather than a new one. */
  move: boolean;
}

/** "Book at this time?": nothing is stored until the receptionist says so. */
export function WarningsDialog(props: { question: WarningQuestion | null; onAnswer(confirmed: boolean): void }) {
  const t = useT();
  const fmt = useDiaryFormat();
  const q = props.question;
  return (
    <Dialog
      open={q !== null}
      onClose={() => props.onAnswer(false)}
      aria-labelledby="visit-warnings-title"
      maxWidth="xs"
      fullWidth
    >
      {q && (
        <>
          <DialogTitle id="visit-warnings-title">{t(q.move ? 'diary.ask.titleMove' : 'diary.ask.title')}</DialogTitle>
          <DialogContent>
            <Typography sx={{ mb: 2 }}>
              {t('diary.visit.bookedFor', { name: q.child, when: fmt.when(q.date, q.time), clinician: q.clinician })}
            </Typography>
            <Alert severity="warning">
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {q.warnings.map((w, i) => (
                  <li key={`${w.code}-${i}`}>{warningText(t, fmt, w, q.child, q.clinician)}</li>
                ))}
              </Box>
            </Alert>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button color="inherit" onClick={() => props.onAnswer(false)} autoFocus>
              {t('diary.visit.changeTime')}
            </Button>
            <Button variant="contained" color="warning" onClick={() => props.onAnswer(true)}>
              {t(q.move ? 'diary.ask.confirmMove' : 'diary.ask.confirm')}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
