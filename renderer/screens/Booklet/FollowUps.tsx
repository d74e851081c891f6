import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import EventAvailableIcon from '@mui/icons-material/EventAvailableOutlined';
import type { Checkup } from '../../../shared/contract';
import { useI18n } from '../../i18n';
import { PanelSection } from './fields';

/** The plan's check-ups as main stores them: what each is for, and its booked visit or due date. */
export function FollowUps({ checkups }: { checkups: Checkup[] }) {
  const { t } = useI18n();
  return (
    <PanelSection
      id="followups-title"
      title={t('booklet.followUps.title')}
      hint={checkups.length > 0 ? t('booklet.followUps.hint') : undefined}
    >
      {checkups.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('booklet.followUps.empty')}
        </Typography>
      ) : (
        <Box component="ol" aria-labelledby="followups-title" sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {checkups.map((c) => (
            <Box
              component="li"
              key={`${c.dueOn}-${c.purpose}-${c.course ?? ''}`}
              sx={{
                display: 'grid',
                gridTemplateColumns: 'minmax(0, 1fr) auto',
                alignItems: 'baseline',
                columnGap: 2,
                py: 0.5,
              }}
            >
              <Typography>{t(`booklet.followUps.${c.purpose}`, { n: c.course ?? '' })}</Typography>
              <CheckupState checkup={c} />
            </Box>
          ))}
        </Box>
      )}
    </PanelSection>
  );
}

/** "booked: 14 Mar 2030, 10:30" when a visit answers the check-up, else "due 11 Mar 2030". */
function CheckupState({ checkup }: { checkup: Checkup }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { visit } = checkup;
  if (checkup.state === 'booked' && visit) {
    return (
      <Typography
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'success.dark', fontWeight: 600 }}
      >
        <EventAvailableIcon fontSize="small" aria-hidden sx={{ alignSelf: 'center' }} />
        {t('booklet.checkup.booked', { date: i18n.date(visit.date), time: visit.start })}
      </Typography>
    );
  }
  if (checkup.state === 'done')
    return <Typography sx={{ color: 'text.secondary' }}>{t('booklet.checkup.done')}</Typography>;
  return (
    <Typography sx={{ fontWeight: 600 }}>{t('booklet.checkup.due', { date: i18n.date(checkup.dueOn) })}</Typography>
  );
}
