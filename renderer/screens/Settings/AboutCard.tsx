import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CopyIcon from '@mui/icons-material/ContentCopy';
import { QueryState } from '../../components/QueryState';
import { useNotifier } from '../../components/Notifier';
import { useApiQuery } from '../../data';
import { useT } from '../../i18n';

/** Version, mode and the data folder, so staff (and support) know what runs and where data lives. */
export function AboutCard() {
  const t = useT();
  const { notify, reportError } = useNotifier();
  const query = useApiQuery('app:info', {});

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      notify(t('settings.copied'), 'info');
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Card sx={{ p: 4 }} component="section" aria-labelledby="about-title">
      <Typography variant="h2" id="about-title" sx={{ mb: 2.5 }}>
        {t('settings.about')}
      </Typography>
      <QueryState query={query} failedTitle={t('settings.about')}>
        {(info) => (
          <Stack spacing={2.5}>
            <Box
              component="dl"
              sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 4, rowGap: 1.5 }}
            >
              <Row label={t('settings.version')} value={info.version} />
              <Row label={t('settings.mode')} value={t(`settings.mode.${info.mode}`)} />
              <Row label={t('settings.schemaVersion')} value={String(info.schemaVersion)} />
            </Box>
            <Box>
              <Typography variant="body2" sx={{ color: 'text.secondary', mb: 0.75 }} id="data-dir-label">
                {t('settings.dataDir')}
              </Typography>
              <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                <Box
                  component="code"
                  aria-labelledby="data-dir-label"
                  sx={{
                    flex: 1,
                    minWidth: 0,
                    px: 1.5,
                    py: 1,
                    borderRadius: 1,
                    bgcolor: 'action.hover',
                    fontFamily: 'ui-monospace, "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace',
                    fontSize: '0.9rem',
                    overflowWrap: 'anywhere',
                    userSelect: 'all',
                  }}
                >
                  {info.dataDir}
                </Box>
                <Button
                  variant="outlined"
                  size="small"
                  startIcon={<CopyIcon />}
                  onClick={() => void copy(info.dataDir)}
                  sx={{ flexShrink: 0 }}
                >
                  {t('settings.copyPath')}
                </Button>
              </Stack>
              <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
                {t('settings.dataDirHint')}
              </Typography>
            </Box>
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <>
      <Typography component="dt" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0 }}>
        {value}
      </Typography>
    </>
  );
}
