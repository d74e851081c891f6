import Card from '@mui/material/Card';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Assessment } from '../../../shared/contract';
import { useI18n } from '../../i18n';
import { assessmentSentences } from './assessment-text';

/** The newest visit in plain sentences: the feet first, then the red flags (in red when any). */
export function LatestAssessment({ latest }: { latest: Assessment | undefined }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  return (
    <Card sx={{ p: 4 }} component="section" aria-labelledby="latest-title">
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'baseline', flexWrap: 'wrap', mb: 1.5 }}>
        <Typography variant="h2" id="latest-title">
          {t('latest.title')}
        </Typography>
        {latest && (
          <Typography sx={{ color: 'text.secondary' }}>
            {t('latest.meta', { date: date(latest.assessedOn, 'long'), clinician: latest.clinicianName })}
          </Typography>
        )}
      </Stack>
      {latest ? (
        <Stack spacing={0.5} data-testid="latest-summary">
          {assessmentSentences(i18n, latest).map((sentence, index) => {
            const alarming = index === 2 && latest.redFlags.length > 0;
            return (
              <Typography
                key={sentence}
                sx={{
                  fontSize: '1.0625rem',
                  color: alarming ? 'error.main' : undefined,
                  fontWeight: alarming ? 600 : undefined,
                }}
              >
                {sentence}
              </Typography>
            );
          })}
          {latest.notes && (
            <Typography sx={{ color: 'text.secondary', whiteSpace: 'pre-line', pt: 0.5 }}>{latest.notes}</Typography>
          )}
        </Stack>
      ) : (
        <Typography sx={{ color: 'text.secondary' }}>{t('latest.empty')}</Typography>
      )}
    </Card>
  );
}
