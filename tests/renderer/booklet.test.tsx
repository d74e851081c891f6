import { createHash } from 'node:crypto';
import type { ReactNode } from 'react';
import { act, fireEvent, render, screen, waitFor, waitForElementToBeRemoved, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ThemeProvider } from '@mui/material/styles';
import {
  localToday,
  type ChannelInput,
  type FootAssessment,
  type PlanChoicesInput,
  type RenderedPdf,
} from '../../shared/contract';
import type { Api } from '../../renderer/api';
import { ApiProvider } from '../../renderer/api-context';
import { NotifierProvider } from '../../renderer/components/Notifier';
import { I18nProvider } from '../../renderer/i18n';
import { RouterProvider } from '../../renderer/router';
import { theme } from '../../renderer/theme';
import { BookletHistory, BookletScreen, PrepareBookletButton } from '../../renderer/screens/Booklet';
import type * as PdfDelivery from '../../renderer/file-delivery';
import { ChildSearchProvider } from '../../renderer/screens/Children/search';
import {
  desktopDouble,
  seedAssessment,
  seedChild,
  seedClinician,
  startRealCore,
  type DesktopDouble,
  type RealCore,
} from './real-core';
import { bornAgo, renderRealApp } from './render-app';

/*
 * Prepare booklet and the booklet history against the real core (tests/renderer/real-core.ts):
 * main composes from the database, computes the plan, renders real PDFs, stores plans and
 * booklets. Each preview renders a whole booklet, so every test keeps its previews few.
 */

// Whole screens in jsdom, real PDFs rendered behind them: room for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

// pdf.js needs a real canvas and a worker: the preview shows what main rendered, by its page count.
vi.mock('../../renderer/screens/Booklet/PdfPreview', () => ({
  PdfPreview: ({ pdf, busy }: { pdf: RenderedPdf | null; busy: boolean }) => (
    <div data-testid="pdf-preview" data-busy={busy}>
      {pdf ? `${pdf.pages} pages` : 'no pdf'}
    </div>
  ),
}));

// jsdom has no PDF viewer or blob URLs: the browser hand-over is checked at its boundary.
const delivery = vi.hoisted(() => ({
  printPdf: vi.fn(async () => 'dialog' as const),
  downloadPdf: vi.fn(),
}));
vi.mock('../../renderer/file-delivery', async (importOriginal) => ({
  ...(await importOriginal<typeof PdfDelivery>()),
  printPdf: delivery.printPdf,
  downloadPdf: delivery.downloadPdf,
}));

/** A component on its own, with what the app gives every screen (theme, api, language, snackbars, router). */
function Providers({ api, children }: { api: Api; children: ReactNode }) {
  return (
    <ThemeProvider theme={theme}>
      <ApiProvider api={api}>
        <I18nProvider language="en">
          <NotifierProvider>
            <RouterProvider>{children}</RouterProvider>
          </NotifierProvider>
        </I18nProvider>
      </ApiProvider>
    </ThemeProvider>
  );
}

type Feet = { left?: Partial<FootAssessment>; right?: Partial<FootAssessment> };

interface Mia {
  rc: RealCore;
  childId: number;
  assessmentId: number;
  desktop: DesktopDouble;
}

/** Mia (5 years old unless told), her mother, Dr Volkova and one assessment today, in a fresh real core. */
async function mia(feet: Feet, mode: 'electron' | 'browser' = 'browser', born = bornAgo(5)): Promise<Mia> {
  const desktop = desktopDouble();
  const rc = await startRealCore(mode === 'electron' ? { mode, desktop } : { mode });
  const clinician = await seedClinician(rc);
  const child = await seedChild(rc, { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: born });
  const assessment = await seedAssessment(rc, child, clinician, feet);
  return { rc, childId: child.id, assessmentId: assessment.id, desktop };
}

/** Issues a booklet through the real channel (a plan stored as the child's current one). */
async function issue(m: Mia, choices: Partial<PlanChoicesInput>, extra: Partial<ChannelInput<'booklets:issue'>> = {}) {
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
async function openBooklet(m: Mia) {
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

const previews = (m: Mia) => m.rc.callsTo('booklets:preview') as ChannelInput<'booklets:preview'>[];
const lastPreview = (m: Mia) => previews(m).at(-1)!;
const issues = (m: Mia) => m.rc.callsTo('booklets:issue') as ChannelInput<'booklets:issue'>[];
const step = (title: string) => screen.getByRole('group', { name: title });
/** Waits until main's first answer is on screen. */
const planShown = () => screen.findByTestId('edition');
const followUps = () =>
  within(screen.getByRole('list', { name: 'Check-ups' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

/** The pages main rendered, as the (stood-in) preview shows them. */
async function shownPages(): Promise<number> {
  const preview = await screen.findByText(/^\d+ pages$/);
  return Number(preview.textContent!.split(' ')[0]);
}

describe('Prepare booklet: the route', () => {
  it('opens at #/children/:id/booklet in the app', async () => {
    const m = await mia({ left: { degree: 1 }, right: { degree: 1 } });
    await renderRealApp(m.rc, `#/children/${m.childId}/booklet`);
    expect(await screen.findByRole('heading', { name: 'Prepare booklet' })).toBeInTheDocument();
    expect(await screen.findByText('Full home program: both feet degree 1, flexible')).toBeInTheDocument();
    // No plan yet: nothing to continue, so no choice is offered.
    expect(screen.queryByRole('group', { name: 'Plan for this booklet' })).not.toBeInTheDocument();
  });
});

describe('Prepare booklet: the kind of booklet and why (main computes the plan)', () => {
  it('explains a full home program from the worse foot, with main’s defaults as placeholders', async () => {
    const m = await mia({ left: { degree: 2 }, right: { degree: 1 } });
    await openBooklet(m);
    const edition = await planShown();
    expect(edition).toHaveTextContent('Full home program: left foot degree 2, flexible');
    expect(edition).toHaveTextContent('Doses for ages 3 to 6');
    // The next three courses' calendars (the clinic's default): about 20 pages.
    expect(await shownPages()).toBeGreaterThanOrEqual(15);
    expect(screen.getByRole('heading', { name: 'Steps' })).toBeInTheDocument();
    expect(screen.getByLabelText('Course length')).toHaveAttribute('placeholder', '14');
    expect(screen.getByLabelText('Plan length')).toHaveAttribute('placeholder', '18');
    expect(screen.getByText('Default for the degree')).toBeInTheDocument();
    // The screen sent ids and the clinician's choices, nothing composed.
    expect(previews(m)).toHaveLength(1);
    expect(Object.keys(lastPreview(m)).sort()).toEqual(['assessmentId', 'choices', 'patientId']);
    expect(lastPreview(m)).toMatchObject({ patientId: m.childId, assessmentId: m.assessmentId });
  });

  it('explains specialist care, prints no steps and offers the supportive-measure confirmation', async () => {
    const m = await mia({ left: { degree: 1 }, right: { degree: 3 } });
    await openBooklet(m);
    const edition = await planShown();
    expect(edition).toHaveTextContent('Specialist care: right foot degree 3');
    expect(edition).toHaveTextContent('No home massage program');
    expect(screen.queryByRole('heading', { name: 'Steps' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'I prescribe home massage as a supportive measure' }),
    ).not.toBeChecked();
    expect(await shownPages()).toBeLessThan(15);
    expect(screen.getByText(/None: this booklet has no home program/)).toBeInTheDocument();
  });
});

describe('Prepare booklet: doses and switches', () => {
  it('sends a changed dose and a skipped step, and shows the plan main made of them', async () => {
    const m = await mia({ left: { degree: 2 }, right: { degree: 1 } });
    const { user } = await openBooklet(m);
    await planShown();
    expect(within(step('Buttocks')).getByText('3')).toBeInTheDocument();

    await user.type(within(step('Squats')).getByLabelText('Repetitions'), '8');
    await user.click(within(step('Buttocks')).getByRole('switch', { name: 'Include “Buttocks”' }));
    await waitFor(() => {
      const sent = lastPreview(m).choices;
      expect(sent.overrides?.['X05']).toEqual({ reps: 8 });
      expect(sent.overrides?.['M03']).toEqual({ skip: true });
    });
    // Main's plan: the new dose is the clinician's, the skipped step is out and the rest renumbered.
    await waitFor(() => expect(within(step('Squats')).getByText('8 times')).toBeInTheDocument());
    expect(within(step('Squats')).getByText('your dose')).toBeInTheDocument();
    expect(within(step('Buttocks')).getByText('Left out')).toBeInTheDocument();
    expect(within(step('Back of the thighs')).getByText('3')).toBeInTheDocument();

    // A reason for the skip goes with it.
    fireEvent.change(within(step('Buttocks')).getByLabelText('Why (optional)'), {
      target: { value: 'skin irritation' },
    });
    await waitFor(() =>
      expect(lastPreview(m).choices.overrides?.['M03']).toEqual({ skip: true, reason: 'skin irritation' }),
    );
  });

  it('checks a dose with the shared schema and keeps the last valid plan', async () => {
    const m = await mia({ left: { degree: 2 }, right: { degree: 1 } });
    const { user } = await openBooklet(m);
    await planShown();
    const sent = previews(m).length;
    await user.type(within(step('Squats')).getByLabelText('Repetitions'), '40');
    expect(await within(step('Squats')).findByText('Enter 1 to 30')).toBeInTheDocument();
    expect(screen.getByText(/Some fields need attention/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print' })).toBeDisabled();
    expect(previews(m)).toHaveLength(sent);
    expect(screen.getByTestId('edition')).toHaveTextContent('Full home program');
  });

  it('adds a custom step and the notes for the family; main places the step in the plan', async () => {
    const m = await mia({ left: { degree: 1 }, right: { degree: 1 } });
    const { user } = await openBooklet(m);
    await planShown();
    expect(screen.getByText(/If a note changes a step, also use the step controls/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    const custom = screen.getByRole('group', { name: 'Step C01' });
    // A whole word at a time: typing is not what is tested here.
    fireEvent.change(within(custom).getByLabelText('Title'), { target: { value: 'Tiptoe walk' } });
    fireEvent.change(within(custom).getByLabelText('What to do'), {
      target: { value: 'Walk on tiptoes across the room.' },
    });
    fireEvent.change(within(custom).getByLabelText('Repetitions (optional)'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Your notes'), { target: { value: 'No squats for now.' } });
    await waitFor(() => {
      expect(lastPreview(m).choices.customSteps).toEqual([
        { id: 'C01', after: 'X05', title: 'Tiptoe walk', text: 'Walk on tiptoes across the room.', reps: 3 },
      ]);
      expect(lastPreview(m).choices.specialistNotes).toBe('No squats for now.');
    });
    expect(await screen.findByText('Your step · 3 times')).toBeInTheDocument();
  });
});

describe('Prepare booklet: program options', () => {
  it('offers the unaffected leg only when one foot is affected, and switches the bath off', async () => {
    const m = await mia({ left: { degree: 2 }, right: { degree: 0 } });
    const { user } = await openBooklet(m);
    await planShown();
    expect(within(step('Calves')).getByText('about 3 min at the peak, light on the right leg')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Unaffected right leg' }));
    await user.click(await screen.findByRole('option', { name: 'Leave it out' }));
    await user.click(screen.getByRole('switch', { name: 'Foot bath' }));
    await waitFor(() =>
      expect(lastPreview(m).choices.settings).toMatchObject({ unaffectedLegMode: 'skip', includeBath: false }),
    );
    expect(await within(step('Calves')).findByText(/not on the right leg/)).toBeInTheDocument();
    expect(
      await within(step('Warm and cool foot bath')).findByText('Left out: the foot bath is off under Program'),
    ).toBeInTheDocument();
  });
});

describe('Prepare booklet: clinician confirmations', () => {
  it('prints a supportive home program under specialist care only with the minutes entered', async () => {
    const m = await mia({ left: { degree: 1 }, right: { degree: 3 } });
    const { user } = await openBooklet(m);
    await planShown();
    await user.click(screen.getByRole('checkbox', { name: 'I prescribe home massage as a supportive measure' }));
    // No defaults under specialist care: the shared schema asks for the three minutes.
    expect(await screen.findAllByText('Enter the minutes: no defaults under specialist care')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Print' })).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Massage, first day'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Massage, peak'), { target: { value: '8' } });
    fireEvent.change(screen.getByLabelText('Massage, last day'), { target: { value: '6' } });
    const edition = screen.getByTestId('edition');
    await waitFor(() => expect(edition).toHaveTextContent('home massage confirmed as a supportive measure'));
    expect(edition).toHaveTextContent('prescribed by your specialist as a supportive measure');
    expect(screen.getByRole('heading', { name: 'Steps' })).toBeInTheDocument();
    expect(lastPreview(m).choices.settings).toMatchObject({
      clinicianConfirmsHomeMassage: true,
      startMinutes: 3,
      peakMinutes: 8,
      endMinutes: 6,
    });
    expect(screen.getByRole('button', { name: 'Print' })).toBeEnabled();
  });
});

describe('Prepare booklet: the under-2 confirmation', () => {
  it('asks for it where main applied the age rule, and gives a toddler program once confirmed', async () => {
    const m = await mia({ left: { degree: 1 }, right: { degree: 1 } }, 'browser', bornAgo(1, 8));
    const { user } = await openBooklet(m);
    const edition = await planShown();
    expect(edition).toHaveTextContent('Information only: under 2 years on the start date (1 year 8 months)');
    expect(screen.queryByRole('heading', { name: 'Steps' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'I confirm a home program for this child under 2' }));
    await waitFor(() => expect(edition).toHaveTextContent('Full home program'));
    expect(edition).toHaveTextContent('Toddler doses');
    expect(lastPreview(m).choices.settings).toMatchObject({ clinicianConfirmsUnder2: true });
    expect(screen.getByRole('heading', { name: 'Steps' })).toBeInTheDocument();
  });
});

describe('Prepare booklet: blocked plans', () => {
  it('explains what to do when flexibility is unknown, links to the assessment and cannot print', async () => {
    const m = await mia({ left: { degree: 2, flexible: 'unknown' }, right: { degree: 1 } });
    await openBooklet(m);
    const blocked = await screen.findByTestId('blocked');
    expect(blocked).toHaveTextContent('No booklet can be made yet');
    expect(blocked).toHaveTextContent('The flexibility of the left foot is not recorded.');
    expect(within(blocked).getByRole('link', { name: 'Edit the assessment' })).toHaveAttribute(
      'href',
      `#/assessments/${m.assessmentId}/edit?child=${m.childId}`,
    );
    expect(screen.getByText('No preview until the plan can be made: see the left side.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download PDF' })).toBeDisabled();
  });
});

describe('Prepare booklet: the check-ups main plans', () => {
  it('shows main’s check-up dates for another start date and course length, and issue stores that plan', async () => {
    delivery.downloadPdf.mockClear();
    const m = await mia({ left: { degree: 2 }, right: { degree: 1 } });
    const { user } = await openBooklet(m);
    await planShown();
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2030-03-04' } });
    fireEvent.change(screen.getByLabelText('Course length'), { target: { value: '10' } });
    // Course 1 runs 4–13 March, the 28-day break follows, course 2 runs 11–20 April.
    await waitFor(() =>
      expect(followUps().slice(0, 2)).toEqual([
        'Check-up after course 1due Mar 14, 2030',
        'Check-up after course 2due Apr 21, 2030',
      ]),
    );
    const shown = followUps();
    expect(shown.at(-1)).toMatch(/^End-of-plan check-updue Sep 4, 2031$/);
    expect(screen.getByText(/^\d+ courses, until September 4, 2031$/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(await screen.findByText('Downloaded and archived')).toBeInTheDocument();
    expect(issues(m)).toEqual([
      expect.objectContaining({ patientId: m.childId, assessmentId: m.assessmentId, plan: 'new', action: 'download' }),
    ]);
    expect(delivery.downloadPdf).toHaveBeenCalledTimes(1);

    // The plan is stored in main with the check-ups the screen showed.
    const plan = await m.rc.call('care-plans:current', { patientId: m.childId });
    expect(plan).toMatchObject({ mode: 'new', startDate: '2030-03-04', kind: 'full', assessmentId: m.assessmentId });
    expect(plan!.choices.settings.courseDays).toBe(10);
    expect(plan!.checkups.map((c) => c.dueOn).slice(0, 2)).toEqual(['2030-03-14', '2030-04-21']);
    expect(plan!.checkups).toHaveLength(shown.length);
    expect(plan!.checkups.every((c) => c.state === 'due')).toBe(true);
    const [booklet] = await m.rc.call('booklets:list', { patientId: m.childId });
    expect(booklet).toMatchObject({ carePlanId: plan!.id, stored: true, action: 'download' });
  });

  it('shows a check-up with a booked visit as booked, with its date and time', async () => {
    const m = await mia({ left: { degree: 2 }, right: { degree: 1 } });
    await issue(m, { settings: { startDate: '2030-03-04', courseDays: 10 } });
    const plan = (await m.rc.call('care-plans:current', { patientId: m.childId }))!;
    const [type] = await m.rc.call('appointment-types:list', {});
    const clinicians = await m.rc.call('clinicians:list', {});
    await m.rc.call('appointments:create', {
      patientId: m.childId,
      clinicianId: clinicians[0]!.id,
      typeId: type!.id,
      start: { date: '2030-03-15', time: '10:30' },
      recallId: plan.checkups[0]!.id,
    });
    await openBooklet(m);
    await planShown();
    await waitFor(() => expect(followUps()[0]).toBe('Check-up after course 1booked: Mar 15, 2030, 10:30'));
    expect(followUps()[1]).toBe('Check-up after course 2due Apr 21, 2030');
  });
});

describe('Prepare booklet: continue the current plan or start a new one', () => {
  /** Last visit's booklet: a changed dose, a skipped step, a step of the clinician's own and notes. */
  async function withPlan() {
    const m = await mia({ left: { degree: 2 }, right: { degree: 1 } });
    const first = await issue(m, {
      settings: { startDate: '2030-03-04' },
      overrides: { X05: { reps: 8 }, M03: { skip: true } },
      customSteps: [
        { id: 'C01', after: 'X05', title: 'Tiptoe walk', text: 'Walk on tiptoes across the room.', reps: 3 },
      ],
      specialistNotes: 'Gently at first.',
    });
    return { m, firstPlanId: first.carePlanId! };
  }

  it('continues with last time’s choices, lists what changed, and stores the plan as continued', async () => {
    const { m, firstPlanId } = await withPlan();
    const { user } = await openBooklet(m);
    await planShown();
    const choice = screen.getByRole('group', { name: 'Plan for this booklet' });
    expect(within(choice).getByRole('button', { name: 'Continue the current plan' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(
      screen.getByText(/^Started Mar 4, 2030: doses, skipped and your own steps, and notes carry over\./),
    ).toHaveTextContent('Check-ups already booked stay booked; unbooked ones are replaced by this plan’s.');
    // Carried over from the stored plan.
    expect(screen.getByLabelText('Start date')).toHaveValue('2030-03-04');
    expect(within(step('Squats')).getByLabelText('Repetitions')).toHaveValue('8');
    expect(within(step('Buttocks')).getByText('Left out')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Step C01' })).getByLabelText('Title')).toHaveValue('Tiptoe walk');
    expect(screen.getByLabelText('Your notes')).toHaveValue('Gently at first.');
    const changes = screen.getByRole('region', { name: 'Changes since the last booklet' });
    expect(changes).toHaveTextContent('No changes.');

    // What differs from the last booklet, in plain words.
    fireEvent.change(screen.getByLabelText('Course length'), { target: { value: '10' } });
    await user.click(within(step('Buttocks')).getByRole('switch', { name: 'Include “Buttocks”' }));
    await user.click(screen.getByRole('button', { name: 'Letter' }));
    await waitFor(() =>
      expect(
        within(changes)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['Course length: default → 10 days', '“Buttocks” back in', 'Paper: A4 → Letter']),
    );
    expect(lastPreview(m).choices.overrides).toEqual({ X05: { reps: 8 } });

    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(await screen.findByText('Downloaded and archived')).toBeInTheDocument();
    expect(issues(m).at(-1)).toMatchObject({ plan: 'continue', choices: { paper: 'Letter' } });
    const plan = (await m.rc.call('care-plans:current', { patientId: m.childId }))!;
    expect(plan).toMatchObject({ mode: 'continue', previousId: firstPlanId, startDate: '2030-03-04' });
    expect(plan.choices.overrides).toEqual({ X05: { reps: 8 } });
    expect(plan.choices.customSteps.map((c) => c.title)).toEqual(['Tiptoe walk']);
    expect(plan.choices.settings.courseDays).toBe(10);
    // The screen now compares with the booklet just made.
    await waitFor(() => expect(changes).toHaveTextContent('No changes.'));
  });

  it('starts a new plan from fresh defaults today, keeps the continued entries, and stores it as new', async () => {
    const { m, firstPlanId } = await withPlan();
    const { user } = await openBooklet(m);
    await planShown();
    await user.click(screen.getByRole('button', { name: 'Start a new plan' }));
    expect(screen.getByRole('button', { name: 'Start a new plan' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/^Defaults for the latest assessment, starting today\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Start date')).toHaveValue(localToday());
    expect(within(step('Squats')).getByLabelText('Repetitions')).toHaveValue('');
    expect(screen.queryByRole('group', { name: 'Step C01' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Your notes')).toHaveValue('');
    expect(screen.queryByRole('region', { name: 'Changes since the last booklet' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(lastPreview(m).choices).toMatchObject({
        settings: { startDate: localToday() },
        overrides: {},
        customSteps: [],
        specialistNotes: '',
      }),
    );
    await waitFor(() => expect(within(step('Squats')).queryByText('your dose')).not.toBeInTheDocument());

    // Back to the current plan: its entries are still there.
    await user.click(screen.getByRole('button', { name: 'Continue the current plan' }));
    expect(within(step('Squats')).getByLabelText('Repetitions')).toHaveValue('8');
    await user.click(screen.getByRole('button', { name: 'Start a new plan' }));

    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(await screen.findByText('Downloaded and archived')).toBeInTheDocument();
    expect(issues(m).at(-1)).toMatchObject({ plan: 'new', choices: { overrides: {}, customSteps: [] } });
    const plan = (await m.rc.call('care-plans:current', { patientId: m.childId }))!;
    expect(plan).toMatchObject({ mode: 'new', previousId: firstPlanId, startDate: localToday() });
    expect(plan.choices.overrides).toEqual({});
    expect(plan.choices.customSteps).toEqual([]);
    const all = await m.rc.call('care-plans:list', { patientId: m.childId });
    expect(all.map((p) => p.current)).toEqual([true, false]);
  });
});

describe('Prepare booklet: printing', () => {
  it('in browser mode prints through a download of the archived PDF', async () => {
    delivery.printPdf.mockClear();
    const m = await mia({ left: { degree: 1 }, right: { degree: 1 } });
    const { user } = await openBooklet(m);
    const pages = await shownPages();
    expect(screen.queryByRole('button', { name: 'Save as PDF' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(await screen.findByText('Archived. Choose the printer in the dialog.')).toBeInTheDocument();
    expect(issues(m)).toEqual([expect.objectContaining({ patientId: m.childId, action: 'download', plan: 'new' })]);
    expect(delivery.printPdf).toHaveBeenCalledTimes(1);
    expect(delivery.printPdf.mock.calls[0]).toEqual([
      expect.objectContaining({ pages }),
      'Mia Sokolova - foot care plan.pdf',
    ]);
    const archived = await m.rc.call('booklets:list', { patientId: m.childId });
    expect(archived).toEqual([expect.objectContaining({ action: 'download', pages, stored: true })]);
  });

  it('in the desktop app offers print, save and open; a cancelled print stores nothing', async () => {
    const m = await mia({ left: { degree: 1 }, right: { degree: 1 } }, 'electron');
    const { user } = await openBooklet(m);
    await planShown();
    expect(screen.getByRole('button', { name: 'Open in viewer' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Download PDF' })).not.toBeInTheDocument();

    m.desktop.confirms = false;
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(await screen.findByText('Cancelled: nothing was printed, nothing was archived.')).toBeInTheDocument();
    expect(issues(m)[0]).toMatchObject({ action: 'print' });
    expect(await m.rc.call('booklets:list', { patientId: m.childId })).toEqual([]);
    expect(await m.rc.call('care-plans:current', { patientId: m.childId })).toBeNull();

    m.desktop.confirms = true;
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }));
    expect(await screen.findByText('Saved to /home/clinic/Documents/booklet.pdf and archived')).toBeInTheDocument();
    const [saved] = await m.rc.call('booklets:list', { patientId: m.childId });
    expect(saved).toMatchObject({ action: 'save' });
    // What the save dialog received is the archived booklet, byte for byte.
    const handed = m.desktop.handed.at(-1)!;
    expect(handed.fileName).toBe('Mia Sokolova - foot care plan.pdf');
    expect(createHash('sha256').update(handed.bytes).digest('hex')).toBe(saved!.sha256);
  });

  it('prints with Ctrl+P, in the language and paper chosen below', async () => {
    const m = await mia({ left: { degree: 1 }, right: { degree: 1 } }, 'electron');
    const { user } = await openBooklet(m);
    await planShown();
    await user.click(screen.getByRole('button', { name: 'Русский' }));
    await user.click(screen.getByRole('button', { name: 'Letter' }));
    await waitFor(() => expect(lastPreview(m).choices).toMatchObject({ language: 'ru', paper: 'Letter' }));
    await user.keyboard('{Control>}p{/Control}');
    expect(await screen.findByText('Printed and archived')).toBeInTheDocument();
    expect(issues(m)[0]).toMatchObject({ action: 'print', choices: { language: 'ru', paper: 'Letter' } });
    const [printed] = await m.rc.call('booklets:list', { patientId: m.childId });
    expect(printed).toMatchObject({ action: 'print', language: 'ru', paper: 'Letter' });
  });

  it('asks before leaving with changes that were not printed, and not after printing', async () => {
    const m = await mia({ left: { degree: 1 }, right: { degree: 1 } }, 'electron');
    const { user } = await openBooklet(m);
    await planShown();
    await user.type(screen.getByLabelText('Your notes'), 'Gently.');
    await user.keyboard('{Escape}');
    const dialog = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitForElementToBeRemoved(dialog);
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(await screen.findByText('Printed and archived')).toBeInTheDocument();
    act(() => {
      fireEvent.keyDown(window, { key: 'Escape' });
    });
    await waitFor(() => expect(window.location.hash).toBe(`#/children/${m.childId}`));
  });
});

function renderAlone(api: Api, ui: ReactNode) {
  return render(<Providers api={api}>{ui}</Providers>);
}

describe('Booklet history and the prepare button (for the child screen)', () => {
  it('lists booklets newest first and reprints the stored bytes exactly', async () => {
    const m = await mia({ left: { degree: 1 }, right: { degree: 1 } }, 'electron');
    const first = await issue(m, {}, { action: 'print' });
    await issue(m, { language: 'ru', paper: 'Letter' }, { action: 'save', plan: 'continue' });
    // The first was made with other texts: today's would read differently.
    await m.rc.core.database.db
      .updateTable('booklets')
      .set({ content_version: '0.9.0' })
      .where('id', '=', first.booklet!.id)
      .execute();
    const user = userEvent.setup({ delay: null });
    renderAlone(m.rc.api, <BookletHistory childId={m.childId} />);

    const list = await screen.findByRole('list', { name: 'Booklets, newest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/^.*Full home program · Russian · Letter · \d+ pages.*Saved as PDF/);
    expect(within(items[0]!).queryByText('Texts updated since')).not.toBeInTheDocument();
    expect(within(items[1]!).getByText('Texts updated since')).toBeInTheDocument();
    expect(within(list).queryByText('Stored copy missing')).not.toBeInTheDocument();

    await user.click(within(items[1]!).getByRole('button', { name: /^Reprint the booklet of/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Print' }));
    const handedOn = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(
      new Date(first.booklet!.createdAt),
    );
    expect(await screen.findByText(`Reprinted exactly as handed out on ${handedOn}`)).toBeInTheDocument();
    expect(m.rc.callsTo('booklets:reprint')).toEqual([{ id: first.booklet!.id, action: 'print' }]);
    // The printer got the very bytes archived for the first booklet.
    const printed = m.desktop.handed.at(-1)!;
    expect(printed.action).toBe('print');
    expect(createHash('sha256').update(printed.bytes).digest('hex')).toBe(first.booklet!.sha256);

    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    const newest = within(list).getAllByRole('listitem')[0]!;
    expect(newest).toHaveTextContent('Printed');
    expect(within(newest).getByTitle(`An exact copy of the booklet of ${handedOn}`)).toHaveTextContent('Reprint');
    const [reprint] = await m.rc.call('booklets:list', { patientId: m.childId });
    expect(reprint).toMatchObject({ reprintOf: first.booklet!.id, sha256: first.booklet!.sha256 });
  });

  it('says when the stored copy is missing and re-issues it with today’s texts as a new booklet', async () => {
    delivery.downloadPdf.mockClear();
    const m = await mia({ left: { degree: 1 }, right: { degree: 1 } });
    const { booklet } = await issue(m, {});
    await m.rc.core.database.db.deleteFrom('booklet_files').execute();
    const user = userEvent.setup({ delay: null });
    renderAlone(m.rc.api, <BookletHistory childId={m.childId} />);

    const list = await screen.findByRole('list', { name: 'Booklets, newest first' });
    expect(within(list).getByText('Stored copy missing')).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: /^Reprint the booklet of/ }));
    // Browser mode: print or download, both through the archived PDF.
    expect(screen.queryByRole('menuitem', { name: 'Save as PDF' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('menuitem', { name: 'Download PDF' }));

    const dialog = await screen.findByRole('dialog', { name: 'This booklet cannot be reprinted exactly' });
    expect(dialog).toHaveTextContent('The stored copy of this booklet is missing, so it cannot be reprinted exactly.');
    expect(dialog).toHaveTextContent(/This makes a new booklet from the same plan and choices, with today’s texts/);
    expect(delivery.downloadPdf).not.toHaveBeenCalled();
    expect(m.rc.callsTo('booklets:reissue')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Re-issue and download' }));
    expect(await screen.findByText('Re-issued with today’s texts as a new booklet')).toBeInTheDocument();
    expect(m.rc.callsTo('booklets:reissue')).toEqual([{ id: booklet!.id, action: 'download' }]);
    expect(delivery.downloadPdf).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const [newest, original] = within(list).getAllByRole('listitem');
    expect(
      within(newest!).getByTitle(/^The booklet of .*, made again with the texts of its own day$/),
    ).toHaveTextContent('Re-issue');
    expect(within(newest!).queryByText('Stored copy missing')).not.toBeInTheDocument();
    expect(within(original!).getByText('Stored copy missing')).toBeInTheDocument();
    const [reissued] = await m.rc.call('booklets:list', { patientId: m.childId });
    expect(reissued).toMatchObject({ reissueOf: booklet!.id, stored: true, carePlanId: booklet!.carePlanId });
  });

  it('says when the stored copy is damaged, and re-issues only when asked', async () => {
    const m = await mia({ left: { degree: 1 }, right: { degree: 1 } }, 'electron');
    await issue(m, {}, { action: 'print' });
    await m.rc.core.database.db
      .updateTable('booklet_files')
      .set({ bytes: Buffer.from('%PDF-1.7 damaged') })
      .execute();
    const user = userEvent.setup({ delay: null });
    renderAlone(m.rc.api, <BookletHistory childId={m.childId} />);
    await user.click(await screen.findByRole('button', { name: /^Reprint the booklet of/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Print' }));
    const dialog = await screen.findByRole('dialog', { name: 'This booklet cannot be reprinted exactly' });
    expect(dialog).toHaveTextContent(/The stored copy of this booklet is damaged \(its checksum does not match\)/);
    expect(within(dialog).getByRole('button', { name: 'Re-issue and save' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(m.rc.callsTo('booklets:reissue')).toEqual([]);
    expect(m.desktop.handed).toHaveLength(1);
    expect(await m.rc.call('booklets:list', { patientId: m.childId })).toHaveLength(1);
  });

  it('says what to do when there are no booklets yet', async () => {
    const m = await mia({ left: { degree: 1 }, right: { degree: 1 } });
    renderAlone(m.rc.api, <BookletHistory childId={m.childId} />);
    expect(await screen.findByText(/No booklets yet/)).toBeInTheDocument();
  });

  it('shows Prepare booklet only once there is an assessment, and opens the booklet screen', async () => {
    const m = await mia({ left: { degree: 1 }, right: { degree: 1 } });
    const user = userEvent.setup({ delay: null });
    const { rerender } = renderAlone(m.rc.api, <PrepareBookletButton childId={m.childId} hasAssessment={false} />);
    expect(screen.queryByRole('link', { name: 'Prepare booklet' })).not.toBeInTheDocument();
    rerender(
      <Providers api={m.rc.api}>
        <PrepareBookletButton childId={m.childId} hasAssessment />
      </Providers>,
    );
    const button = screen.getByRole('link', { name: 'Prepare booklet' });
    expect(button).toHaveAttribute('href', `#/children/${m.childId}/booklet`);
    await user.click(button);
    expect(window.location.hash).toBe(`#/children/${m.childId}/booklet`);
  });
});
