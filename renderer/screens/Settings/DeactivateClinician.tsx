import DialogContentText from '@mui/material/DialogContentText';
import { addDays, localToday } from '../../../shared/calendar';
import { MAX_RANGE_DAYS, type Clinician } from '../../../shared/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useApiQuery } from '../../data';
import { useT } from '../../i18n';

/**
 * "Deactivate Dr X?": what it means, and how many visits are booked with them in the coming weeks
 * (they stay in the diary; the front desk may want to move them first).
 */
export function DeactivateClinician(props: {
  clinician: Clinician | null;
  busy: boolean;
  onConfirm(clinician: Clinician): void;
  onClose(): void;
}) {
  const t = useT();
  const { clinician } = props;
  const today = localToday();
  const visits = useApiQuery(
    'appointments:range',
    { from: today, to: addDays(today, MAX_RANGE_DAYS - 1), clinicianId: clinician?.id ?? 1 },
    { enabled: clinician !== null, select: (list) => list.filter((v) => v.status === 'booked').length },
  );
  const name = clinician?.name ?? '';
  const count = clinician && visits.data ? visits.data : 0;
  return (
    <ConfirmDialog
      open={clinician !== null}
      title={t('clinicians.confirmDeactivate.title', { name })}
      body={
        <>
          <DialogContentText>{t('clinicians.confirmDeactivate.body', { name })}</DialogContentText>
          {count > 0 && (
            <DialogContentText sx={{ mt: 1.5, fontWeight: 600 }}>
              {t('clinicians.upcomingVisits', { count, name })}
            </DialogContentText>
          )}
        </>
      }
      confirmLabel={t('clinicians.deactivate')}
      destructive
      busy={props.busy}
      onConfirm={() => clinician && props.onConfirm(clinician)}
      onClose={props.onClose}
    />
  );
}
