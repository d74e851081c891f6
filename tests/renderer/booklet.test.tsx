import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type RenderedPdf } from '../../shared/contract';
import type * as PdfDelivery from '../../renderer/file-delivery';
import {
  followUps,
  issue,
  issues,
  lastPreview,
  mia,
  openBooklet,
  planShown,
  previews,
  shownPages,
  step,
  typeStart,
} from './booklet-harness';
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
    // Main's plan: the new dose is the clinician's, the skipped step is out and the rest renumbered
    // (on a busy machine the dose alone may settle first: the plan with both follows).
    await waitFor(() => {
      expect(within(step('Squats')).getByText('8 times')).toBeInTheDocument();
      expect(within(step('Buttocks')).getByText('Left out')).toBeInTheDocument();
    });
    expect(within(step('Squats')).getByText('your dose')).toBeInTheDocument();
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
    // A new step is "Your own step 1" until it has a title, then its title: never its id ("C01").
    const custom = screen.getByRole('group', { name: 'Your own step 1' });
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
    expect(screen.getByRole('group', { name: 'Tiptoe walk' })).toBe(custom);
    expect(within(custom).getByRole('button', { name: 'Remove “Tiptoe walk”' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\bC01\b/);
  });

  it('keeps Escape in a dose field inside the editor, and leaves on Escape outside a field', async () => {
    const m = await mia({ left: { degree: 1 }, right: { degree: 1 } });
    const { user } = await openBooklet(m);
    await planShown();
    const reps = within(step('Squats')).getByLabelText('Repetitions');
    await user.click(reps);
    await user.keyboard('{Escape}');
    expect(window.location.hash).toBe(`#/children/${m.childId}/booklet`);
    expect(screen.getByRole('heading', { name: 'Prepare booklet' })).toBeInTheDocument();
    expect(reps).toHaveFocus();
    // Outside a field Escape still leaves (nothing was changed, so no question).
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(window.location.hash).toBe(`#/children/${m.childId}`));
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
    await typeStart(user, '2030-03-04');
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
