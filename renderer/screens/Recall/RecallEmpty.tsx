import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { RecallListInput } from '../../../shared/contract';
import { useT } from '../../i18n';

/**
 * Nobody to call: what the list holds and how it fills up, and when a filter hides families, the
 * one click that shows them.
 */
export function RecallEmpty(props: {
  due: NonNullable<RecallListInput['due']>;
  byClinician: boolean;
  onShowAll(): void;
  onAllClinicians(): void;
}) {
  const t = useT();
  return (
    <Paper variant="outlined" sx={{ py: 7, px: 4, textAlign: 'center' }}>
      <Typography variant="h2" component="p" sx={{ mb: 1 }}>
        {t(`recall.empty.${props.due}`)}
      </Typography>
      <Typography sx={{ color: 'text.secondary', maxWidth: 560, mx: 'auto' }}>{t('recall.empty.body')}</Typography>
      {(props.due !== 'all' || props.byClinician) && (
        <Stack direction="row" spacing={1.5} sx={{ justifyContent: 'center', mt: 3 }}>
          {props.due !== 'all' && (
            <Button variant="outlined" onClick={props.onShowAll}>
              {t('recall.empty.showAll')}
            </Button>
          )}
          {props.byClinician && (
            <Button variant="outlined" onClick={props.onAllClinicians}>
              {t('recall.empty.allClinicians')}
            </Button>
          )}
        </Stack>
      )}
    </Paper>
  );
}
