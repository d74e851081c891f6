import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { FirstRunChecklist } from '../../components/FirstRunChecklist';
import { useT } from '../../i18n';
import { paths, SETTINGS_SECTIONS, type SettingsSection } from '../../router';
import { AboutCard } from './AboutCard';
import { BackupsSection } from './BackupsSection';
import { BookletCard } from './BookletCard';
import { ClinicCard } from './ClinicCard';
import { CliniciansCard } from './CliniciansCard';
import { DiarySetupCard } from './DiarySetupCard';
import { LanguageCard } from './LanguageCard';
import { StaffSection } from './StaffSection';
import { DataSourceSection } from '../DataSource';
import { useCan } from '../../session/session-context';
import type { Channel } from '../../../shared/contract';
import { DirtyRegistry } from './settings-dirty';

const CONTENT: Record<SettingsSection, () => ReactNode> = {
  clinic: () => (
    <>
      <LanguageCard />
      <ClinicCard />
    </>
  ),
  booklets: () => <BookletCard />,
  clinicians: () => <CliniciansCard />,
  diary: () => <DiarySetupCard />,
  staff: () => <StaffSection />,
  backups: () => <BackupsSection />,
  'data-source': () => <DataSourceSection />,
  about: () => <AboutCard />,
};

/** The channel that saves a section; a role that may not call it does not see the section. */
const SECTION_CHANNEL: Record<SettingsSection, Channel | null> = {
  clinic: 'settings:update',
  booklets: 'settings:update',
  clinicians: 'clinicians:create',
  diary: 'diary:hours:set',
  staff: 'staff:list',
  backups: 'backups:list',
  // Where the data lives: the administrator's (staff:list is admin-only, like the choice itself).
  'data-source': 'staff:list',
  about: null,
};

const sectionId = (s: SettingsSection) => `settings-${s}`;

/**
 * Language and the clinic's details, booklets, clinicians, the diary's set-up and where the data
 * lives: one page with a list of its sections on the left; #/settings/diary lands on that section.
 */
export function SettingsScreen({ section = null }: { section?: SettingsSection | null }) {
  const t = useT();
  // A section shows only to roles main lets change it (the front desk: the diary's set-up).
  const can = useCan();
  const sections = SETTINGS_SECTIONS.filter((s) => {
    const channel = SECTION_CHANNEL[s];
    return channel === null || can(channel);
  });
  const [current, setCurrent] = useState<SettingsSection>(section ?? sections[0] ?? 'about');

  useEffect(() => {
    if (section) document.getElementById(sectionId(section))?.scrollIntoView?.({ block: 'start' });
  }, [section]);

  const go = (s: SettingsSection) => {
    setCurrent(s);
    // The address follows (a reload lands here) without re-opening the screen.
    window.history.replaceState(null, '', paths.settingsSection(s));
    const target = document.getElementById(sectionId(s));
    target?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    target?.focus({ preventScroll: true });
  };

  return (
    <DirtyRegistry>
      <Stack spacing={3}>
        <Typography variant="h1">{t('settings.title')}</Typography>
        <FirstRunChecklist />
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: '200px minmax(0, 1fr)' },
            gap: 3,
            alignItems: 'start',
          }}
        >
          <Box
            component="aside"
            aria-label={t('settings.sections')}
            sx={{ position: { md: 'sticky' }, top: { md: 88 } }}
          >
            <List dense disablePadding component="div">
              {sections.map((s) => (
                <ListItemButton
                  key={s}
                  component="a"
                  href={paths.settingsSection(s)}
                  selected={current === s}
                  aria-current={current === s ? 'location' : undefined}
                  onClick={(e: MouseEvent) => {
                    e.preventDefault();
                    go(s);
                  }}
                  sx={{ borderRadius: 1 }}
                >
                  <ListItemText primary={t(`settings.section.${s}`)} />
                </ListItemButton>
              ))}
            </List>
          </Box>
          <Stack spacing={3} sx={{ maxWidth: 860, minWidth: 0 }}>
            {sections.map((s) => (
              <Stack key={s} spacing={3} id={sectionId(s)} tabIndex={-1} sx={{ scrollMarginTop: 88, outline: 'none' }}>
                {CONTENT[s]()}
              </Stack>
            ))}
          </Stack>
        </Box>
      </Stack>
    </DirtyRegistry>
  );
}
