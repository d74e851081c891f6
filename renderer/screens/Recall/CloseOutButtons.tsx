import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import { useT } from '../../i18n';
import { STATUS_LOOK } from '../Diary/status';
import type { CloseOut } from './useCloseOut';

const Attended = STATUS_LOOK.attended.Icon;
const NoShow = STATUS_LOOK.no_show.Icon;

/** One click to close out a past visit: Attended or No-show (named with the child and time for screen readers). */
export function CloseOutButtons(props: { ids: number[]; name: string; when: string; closeOut: CloseOut }) {
  const t = useT();
  const busy = props.ids.some((id) => props.closeOut.busy.has(id));
  const spinner = <CircularProgress size={14} color="inherit" aria-hidden />;
  return (
    <Stack direction="row" spacing={1}>
      <Button
        size="small"
        variant="outlined"
        color="success"
        disabled={busy}
        startIcon={busy ? spinner : <Attended />}
        aria-label={t('recall.markAttendedFor', { name: props.name, when: props.when })}
        onClick={() => void props.closeOut.closeOut(props.ids, 'attended')}
        sx={{ whiteSpace: 'nowrap' }}
      >
        {t('diary.action.attended')}
      </Button>
      <Button
        size="small"
        variant="outlined"
        color="inherit"
        disabled={busy}
        startIcon={<NoShow />}
        aria-label={t('recall.markNoShowFor', { name: props.name, when: props.when })}
        onClick={() => void props.closeOut.closeOut(props.ids, 'no_show')}
        sx={{ whiteSpace: 'nowrap' }}
      >
        {t('diary.action.noShow')}
      </Button>
    </Stack>
  );
}
