import type { ReactNode } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { localToday, type ChannelInput, type FootAssessment, type PlanChoicesInput } from '../../shared/contract';
import type { Api } from '../../renderer/api';
import { ApiProvider } from '../../renderer/api-context';
import { NotifierProvider } from '../../renderer/components/Notifier';
import { PickersProvider } from '../../renderer/components/pickers';
import { createQueryClient } from '../../renderer/data';
import { I18nProvider } from '../../renderer/i18n';
import { RouterProvider } from '../../renderer/router';
import { theme } from '../../renderer/theme';
import { BookletScreen } from '../../renderer/screens/Booklet';
import { ChildSearchProvider } from '../../renderer/search/child-search';
import {
  desktopDouble,
  seedAssessment,
  seedChild,
  seedClinician,
  startRealCore,
  type DesktopDouble,
  type RealCore,
} from './real-core';
import { bornAgo } from './render-app';

/*
 * The booklet screen's test harness (booklet*.test.tsx): Mia and her assessment in a fresh real
 * core, the screen in the providers the app gives it, and what main was sent.
 */

/** A component on its own, with what the app gives every screen (theme, api, language, snackbars, router). */
export function Providers({ api, children }: { api: Api; children: ReactNode }) {
  return (
    <ThemeProvider theme={theme}>
      <QueryClientProvider client={createQueryClient()}>
        <ApiProvider api={api}>
          <I18nProvider language="en">
            <PickersProvider language="en">
              <NotifierProvider>
                <RouterProvider>{children}</RouterProvider>
              </NotifierProvider>
            </PickersProvider>
          </I18nProvider>
        </ApiProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}

export type Feet = { left?: Partial<FootAssessment>; right?: Partial<FootAssessment> };

export interface Mia {
  rc: RealCore;
  childId: number;
  assessmentId: number;
  desktop: DesktopDouble;
}

/** Mia (5 years old unless told), her mother, Dr Volkova and one assessment today, in a fresh real core. */
export async function mia(feet: Feet, mode: 'electron' | 'browser' = 'browser', born = bornAgo(5)): Promise<Mia> {
  const desktop = desktopDouble();
  const rc = await startRealCore(mode === 'electron' ? { mode, desktop } : { mode });
  const clinician = await seedClinician(rc);
  const child = await seedChild(rc, { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: born });
  const assessment = await seedAssessment(rc, child, clinician, feet);
  return { rc, childId: child.id, assessmentId: assessment.id, desktop };
}

/** Issues a booklet through the real channel (a plan stored as the child's current one). */
export async function issue(
  m: Mia,
  choices: Partial<PlanChoicesInput>,
  extra: Partial<ChannelInput<'booklets:issue'>> = {},
) {
  return m.rc.call('booklets:issue', {
    patientId: m.childId,
    assessmentId: m.assessmentId,
    choices: { settings: { startDate: localToday() }, language: 'en', paper: 'A4', ...choices },
    plan: 'new',
    action: 'download',
    ...extra,
  });
}

/** The booklet screen at its address, in the providers the app gives every screen. */
export async function openBooklet(m: Mia) {
  window.history.replaceState(null, '', `#/children/${m.childId}/booklet`);
  const user = userEvent.setup({ delay: null });
  const view = render(
    <Providers api={m.rc.api}>
      <ChildSearchProvider>
        <BookletScreen childId={m.childId} />
      </ChildSearchProvider>
    </Providers>,
  );
  await screen.findByRole('heading', { name: 'Prepare booklet' });
  return { user, ...view };
}

export const previews = (m: Mia) => m.rc.callsTo('booklets:preview') as ChannelInput<'booklets:preview'>[];
export const lastPreview = (m: Mia) => previews(m).at(-1)!;
export const issues = (m: Mia) => m.rc.callsTo('booklets:issue') as ChannelInput<'booklets:issue'>[];
export const step = (title: string) => screen.getByRole('group', { name: title });
/** Waits until main's first answer is on screen. */
export const planShown = () => screen.findByTestId('edition');
export const followUps = () =>
  within(screen.getByRole('list', { name: 'Check-ups' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

/** The start date as the form holds it (the picker's hidden input: YYYY-MM-DD or the shown text). */
export const startField = () => screen.getByRole('group', { name: 'Start date' });
export const startValue = () => (document.querySelector('input[name="startDate"]') as HTMLInputElement).value;

/** Types the start date section by section (the default order: day, month, year). */
export async function typeStart(user: ReturnType<typeof userEvent.setup>, iso: string) {
  const [year, month, day] = iso.split('-');
  await user.click(within(startField()).getAllByRole('spinbutton')[0]!);
  await user.keyboard('{Control>}a{/Control}{Backspace}');
  await user.keyboard(`${day}${month}${year}`);
}

/** The pages main rendered, as the (stood-in) preview shows them. */
export async function shownPages(): Promise<number> {
  const preview = await screen.findByText(/^\d+ pages$/);
  return Number(preview.textContent!.split(' ')[0]);
}

export function renderAlone(api: Api, ui: ReactNode) {
  return render(<Providers api={api}>{ui}</Providers>);
}
