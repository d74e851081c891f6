import { useEffect } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n';
import { AboutCard } from './AboutCard';
import { BookletCard } from './BookletCard';
import { ClinicCard } from './ClinicCard';
import { CliniciansCard } from './CliniciansCard';
import { DiarySetupCard } from './DiarySetupCard';
import { LanguageCard } from './LanguageCard';

/** Language, the clinic's details, its clinicians, and where the data lives. */
export function SettingsScreen({ section = null }: { section?: 'clinicians' | 'diary' | null }) {
  const t = useT();
  useEffect(() => {
    // #/settings/clinicians (from "add a clinician first"): straight to that card.
    if (section === 'clinicians') document.getElementById('clinicians')?.scrollIntoView?.({ block: 'start' });
    if (section === 'diary') document.getElementById('diary-setup')?.scrollIntoView?.({ block: 'start' });
  }, [section]);
  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <Typography variant="h1">{t('settings.title')}</Typography>
      <LanguageCard />
      <ClinicCard />
      <BookletCard />
      <CliniciansCard />
      <DiarySetupCard />
      <AboutCard />
    </Stack>
  );
}
