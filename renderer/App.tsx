import { useEffect, useState } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import CssBaseline from '@mui/material/CssBaseline';
import Typography from '@mui/material/Typography';
import { ThemeProvider } from '@mui/material/styles';
import type { Language } from '../shared/contract';
import type { Api } from './api';
import { ApiProvider } from './api-context';
import { AppShell } from './components/AppShell';
import { LoadFailed } from './components/LoadFailed';
import { NotifierProvider } from './components/Notifier';
import { ReconnectingBanner } from './components/ReconnectingBanner';
import { PickersProvider } from './components/pickers';
import { createQueryClient, useApiQuery } from './data';
import { I18nProvider, useT } from './i18n';
import { RouterProvider, useRouter } from './router';
import { AssessmentScreen } from './screens/Assessment/AssessmentScreen';
import { BookletScreen } from './screens/Booklet';
import { CourseReturnScreen } from './screens/Adherence';
import { ChildScreen } from './screens/Child/ChildScreen';
import { EditChildScreen, NewChildScreen } from './screens/ChildForm/ChildFormScreen';
import { ChildrenScreen } from './screens/Children/ChildrenScreen';
import { ChildSearchProvider } from './search/child-search';
import { SettingsScreen } from './screens/Settings/SettingsScreen';
import { BookFollowUpsScreen } from './screens/BookFollowUps';
import { DiaryScreen } from './screens/Diary';
import { RecallScreen } from './screens/Recall';
import { AuditScreen } from './screens/Audit';
import { SettingsProvider } from './settings-context';
import { NotAllowed, SessionGate, useCan } from './session';
import { FrontDeskChildScreen } from './screens/Child/FrontDeskChildScreen';
import { theme } from './theme';

/**
 * The whole renderer; `api` is the real one in main.tsx and the real core over a temporary
 * database in tests. `queryClient` is given by tests that look into the cache.
 */
export function App({ api, queryClient }: { api: Api; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <QueryClientProvider client={client}>
        <ApiProvider api={api}>
          <SessionGate
            starting={(error, retry) => (
              <I18nProvider language={fallbackLanguage()}>
                <Starting error={error} onRetry={retry} />
              </I18nProvider>
            )}
          >
            <Boot />
          </SessionGate>
        </ApiProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}

/** Settings first: they carry the UI language every string depends on. */
function Boot() {
  const settings = useApiQuery('settings:get', {});

  if (!settings.data) {
    return (
      <I18nProvider language={fallbackLanguage()}>
        <Starting error={settings.error} onRetry={() => void settings.refetch()} />
      </I18nProvider>
    );
  }
  return (
    <SettingsProvider value={settings.data}>
      {(current) => (
        <I18nProvider language={current.language}>
          <PickersProvider language={current.language}>
            <DocumentLanguage language={current.language} />
            <NotifierProvider>
              <ReconnectingBanner />
              <RouterProvider>
                <ChildSearchProvider>
                  <AppShell clinicName={current.clinicName}>
                    <CurrentScreen />
                  </AppShell>
                </ChildSearchProvider>
              </RouterProvider>
            </NotifierProvider>
          </PickersProvider>
        </I18nProvider>
      )}
    </SettingsProvider>
  );
}

function CurrentScreen() {
  const { route, hash } = useRouter();
  const can = useCan();
  // Screens built on clinical data are not offered to a role main would refuse them to.
  const clinical = can('assessments:list');
  if (!clinical && ['assessNew', 'assessEdit', 'booklet', 'courseReturn'].includes(route.name)) return <NotAllowed />;
  if (route.name === 'child' && !clinical) return <FrontDeskChildScreen key={hash} id={route.id} />;
  switch (route.name) {
    case 'children':
      return <ChildrenScreen key={hash} />;
    case 'childNew':
      return <NewChildScreen key={hash} prefill={route.prefill} />;
    case 'child':
      return <ChildScreen key={hash} id={route.id} />;
    case 'childEdit':
      return <EditChildScreen key={hash} id={route.id} />;
    case 'assessNew':
      return <AssessmentScreen key={hash} childId={route.childId} />;
    case 'assessEdit':
      return <AssessmentScreen key={hash} childId={route.childId} assessmentId={route.id} />;
    case 'booklet':
      return <BookletScreen key={hash} childId={route.childId} />;
    case 'settings':
      return <SettingsScreen key={hash} section={route.section} />;
    case 'diary':
      // One diary across date, view and clinician changes (they live in the address): no reload flash.
      return <DiaryScreen key="diary" date={route.date} view={route.view} clinicianId={route.clinicianId} />;
    case 'recall':
      return <RecallScreen key={hash} />;
    case 'audit':
      return <AuditScreen key={hash} />;
    case 'bookFollowUps':
      return <BookFollowUpsScreen key={hash} childId={route.childId} />;
    case 'courseReturn':
      return (
        <CourseReturnScreen key={hash} childId={route.childId} planStart={route.planStart} course={route.course} />
      );
  }
}

function Starting({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 4 }}>
      {error ? (
        <Box sx={{ maxWidth: 560 }}>
          <LoadFailed title={t('app.loadFailed')} error={error} onRetry={onRetry} />
        </Box>
      ) : (
        <Box sx={{ textAlign: 'center' }}>
          <CircularProgress aria-label={t('app.loading')} />
          <Typography sx={{ mt: 2, color: 'text.secondary' }}>{t('app.loading')}</Typography>
        </Box>
      )}
    </Box>
  );
}

/** Screen readers and hyphenation follow the UI language. */
function DocumentLanguage({ language }: { language: Language }) {
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return null;
}

/** Before settings load: the system's language when the app has it. */
function fallbackLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}
