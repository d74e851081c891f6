import type { MouseEvent, ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import ChildCareIcon from '@mui/icons-material/ChildCareOutlined';
import SettingsIcon from '@mui/icons-material/SettingsOutlined';
import DiaryIcon from '@mui/icons-material/CalendarMonthOutlined';
import RecallIcon from '@mui/icons-material/PhoneCallbackOutlined';
import AuditIcon from '@mui/icons-material/ManageSearchOutlined';
import { useT } from '../i18n';
import { dialogOpen, isMod, isTyping, useKeydown } from '../hooks/shortcuts';
import { paths, useRouter } from '../router';
import { useChildSearch } from '../search/child-search';
import { SearchField } from './SearchField';
import { useIsAdmin } from '../screens/Audit';
import { UserMenu } from '../session';

/** Top bar (brand, search, navigation) and the page below it; owns the global shortcuts. */
export function AppShell({ clinicName, children }: { clinicName: string; children: ReactNode }) {
  const t = useT();
  const { route, navigate } = useRouter();
  const search = useChildSearch();
  const inDiary = route.name === 'diary';
  const inRecall = route.name === 'recall';
  const inAudit = route.name === 'audit';
  const isAdmin = useIsAdmin();
  const inChildren = route.name !== 'settings' && !inDiary && !inRecall && !inAudit;
  const inSettings = route.name === 'settings';

  useKeydown((event) => {
    if (event.defaultPrevented || dialogOpen()) return;
    if (isMod(event, 'k') || (event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey)) {
      event.preventDefault();
      search.focus();
    } else if (isMod(event, 'n')) {
      event.preventDefault();
      navigate(paths.childNew());
    }
  });

  const link = (to: string) => ({
    href: to,
    onClick: (event: MouseEvent) => {
      event.preventDefault();
      navigate(to);
    },
  });

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <Box component="a" href="#main" onClick={skipToMain} sx={skipLinkSx}>
        {t('app.skipToContent')}
      </Box>
      <AppBar
        position="sticky"
        color="inherit"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
      >
        <Toolbar sx={{ gap: 3, minHeight: { xs: 64 } }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25, minWidth: 0, flexShrink: 0, width: 250 }}>
            <Box component="img" src="./favicon.svg" alt="" sx={{ width: 32, height: 32, flexShrink: 0 }} />
            <Box sx={{ minWidth: 0 }}>
              <Typography sx={{ fontWeight: 700, fontSize: '1.25rem', color: 'primary.main', lineHeight: 1.2 }}>
                Valgo
              </Typography>
              {clinicName && (
                <Typography
                  variant="caption"
                  noWrap
                  component="div"
                  title={clinicName}
                  sx={{ color: 'text.secondary' }}
                >
                  {clinicName}
                </Typography>
              )}
            </Box>
          </Box>
          <Box sx={{ flex: 1, display: 'flex', justifyContent: 'center' }}>
            <SearchField />
          </Box>
          <Stack component="nav" aria-label={t('nav.label')} direction="row" spacing={1} sx={{ flexShrink: 0 }}>
            <Button
              {...link(paths.children())}
              startIcon={<ChildCareIcon />}
              aria-current={inChildren ? 'page' : undefined}
              color={inChildren ? 'primary' : 'inherit'}
              sx={navSx(inChildren)}
            >
              {t('nav.children')}
            </Button>
            <Button
              {...link(paths.diary())}
              startIcon={<DiaryIcon />}
              aria-current={inDiary ? 'page' : undefined}
              color={inDiary ? 'primary' : 'inherit'}
              sx={navSx(inDiary)}
            >
              {t('nav.diary')}
            </Button>
            <Button
              {...link(paths.recall())}
              startIcon={<RecallIcon />}
              aria-current={inRecall ? 'page' : undefined}
              color={inRecall ? 'primary' : 'inherit'}
              sx={navSx(inRecall)}
            >
              {t('nav.recall')}
            </Button>
            {isAdmin && (
              <Button
                {...link(paths.audit())}
                startIcon={<AuditIcon />}
                aria-current={inAudit ? 'page' : undefined}
                color={inAudit ? 'primary' : 'inherit'}
                sx={navSx(inAudit)}
              >
                {t('nav.audit')}
              </Button>
            )}
            <Button
              {...link(paths.settings())}
              startIcon={<SettingsIcon />}
              aria-current={inSettings ? 'page' : undefined}
              color={inSettings ? 'primary' : 'inherit'}
              sx={navSx(inSettings)}
            >
              {t('nav.settings')}
            </Button>
          </Stack>
          <UserMenu />
        </Toolbar>
      </AppBar>
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{
          '&:focus': { outline: 'none' },
          flex: 1,
          width: '100%',
          maxWidth: inDiary ? 'none' : 1160,
          mx: 'auto',
          px: inDiary ? 3 : 4,
          py: inDiary ? 3 : 4,
        }}
      >
        {children}
      </Box>
    </Box>
  );
}

const navSx = (current: boolean) => ({
  px: 2,
  // A light tint of the primary colour keeps the current item's text above 4.5:1 in both schemes.
  bgcolor: current ? 'rgba(var(--mui-palette-primary-mainChannel) / 0.08)' : 'transparent',
  color: current ? 'primary.main' : 'text.secondary',
});

/** The skip link moves focus to the page; the address (the route) stays as it is. */
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** Off screen until focused by Tab: then the first thing on the page. */
const skipLinkSx = {
  position: 'absolute',
  left: 8,
  top: -48,
  zIndex: 2000,
  px: 2,
  py: 1,
  borderRadius: 1,
  bgcolor: 'primary.main',
  color: 'primary.contrastText',
  fontWeight: 600,
  textDecoration: 'none',
  '&:focus': { top: 8 },
} as const;
