import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n';
import { AboutCard } from './AboutCard';
import { ClinicCard } from './ClinicCard';
import { LanguageCard } from './LanguageCard';

/** Language, the clinic's details, and where the data lives. */
export function SettingsScreen() {
  const t = useT();
  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <Typography variant="h1">{t('settings.title')}</Typography>
      <LanguageCard />
      <ClinicCard />
      <AboutCard />
    </Stack>
  );
}
