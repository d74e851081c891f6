import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { MoveProgress } from '../../../shared/contract';
import { useT } from '../../i18n';

/** The running move's step: a bar (determinate once main has said how many steps) and what it does now. */
export function MoveProgressView({ progress }: { progress: MoveProgress | null }) {
  const t = useT();
  const value = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  const step = progress ? t(`dataSourceMove.phase.${progress.phase}`, { table: progress.table ?? '' }) : null;
  return (
    <Box role="status" aria-live="polite">
      <Typography sx={{ mb: 1 }}>{t('dataSourceMove.running')}</Typography>
      <LinearProgress
        variant={value === null ? 'indeterminate' : 'determinate'}
        {...(value === null ? {} : { value })}
        aria-label={t('dataSourceMove.running')}
      />
      {step && (
        <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary' }}>
          {step}
        </Typography>
      )}
    </Box>
  );
}
