import type { ReactNode } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThemeProvider } from '@mui/material/styles';
import { localToday, type RenderedPdf } from '../../shared/contract';
import { addDays } from '../../shared/calendar/days';
import type { Api } from '../../renderer/api';
import { ApiProvider } from '../../renderer/api-context';
import { NotifierProvider } from '../../renderer/components/Notifier';
import { I18nProvider } from '../../renderer/i18n';
import { RouterProvider } from '../../renderer/router';
import { theme } from '../../renderer/theme';
import { AdherenceHint } from '../../renderer/screens/Booklet/AdherenceHint';
import { issuePlan, seedAssessment, seedChild, seedClinician, startRealCore, type RealCore } from './real-core';
import { bornAgo, renderRealApp } from './render-app';

/*
 * The returned calendar pages against the real core: the entry grid (keys and clicks), what main
 * stores and counts, the courses strip on the child screen and the hint in the booklet editor.
 */

vi.setConfig({ testTimeout: 30_000 });

// pdf.js needs a real canvas: the booklet preview is not what these tests look at.
vi.mock('../../renderer/screens/Booklet/PdfPreview', () => ({
  PdfPreview: ({ pdf }: { pdf: RenderedPdf | null }) => <div data-testid="pdf-preview">{pdf ? 'pdf' : 'no pdf'}</div>,
}));

const ENTERED_BY = 'valgo.adherence.enteredBy';
const ITEMS = ['part_a', 'part_b', 'X01', 'X02', 'X03', 'X04', 'X05', 'B01'];
const LABELS = ['Part A', 'Part B', 'Mat', 'Circles', 'Monkey feet', 'Cross-legged', 'Squats', 'Foot bath'];

beforeEach(() => window.localStorage.clear());
afterEach(() => window.localStorage.clear());

interface Mia {
  rc: RealCore;
  childId: number;
  planStart: string;
}

/**
 * Mia, 5, degree 1 both feet (heel angles measured), with a plan that started `daysAgo` days ago:
 * 14-day courses with 28-day breaks, so course 1 is over after 14 days and course 2 starts on day 43.
 */
async function mia(daysAgo = 30): Promise<Mia> {
  const rc = await startRealCore();
  const clinician = await seedClinician(rc);
  const child = await seedChild(rc, { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(5) });
  const planStart = addDays(localToday(), -daysAgo);
  await seedAssessment(
    rc,
    child,
    clinician,
    { left: { heelAngle: 12 }, right: { heelAngle: 10 } },
    addDays(planStart, -1),
  );
  await issuePlan(rc, child, { startDate: planStart });
  return { rc, childId: child.id, planStart };
}

const courseHash = (m: Mia, course: number) => `#/children/${m.childId}/courses/${m.planStart}/${course}`;

async function openCourse(m: Mia, course = 1) {
  const view = await renderRealApp(m.rc, courseHash(m, course));
  await screen.findByRole('grid', { name: 'Ticks on the page, one row per day' });
  return view;
}

const cell = (day: number, item: string) => screen.getByRole('checkbox', { name: `Day ${day}, ${item}` });
const running = () => screen.getByTestId('running-figure').textContent;

describe('entering a returned calendar page', () => {
  it('takes a typical page (all done but two days, one of them ill) in under 15 keystrokes', async () => {
    const m = await mia();
    window.localStorage.setItem(ENTERED_BY, 'Front desk');
    const { user } = await openCourse(m);
    // The page opens pre-filled as done, the cursor on day 1.
    expect(document.activeElement).toHaveAccessibleName(/^Day 1, /);
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(14 * ITEMS.length);
    expect(screen.getByLabelText(/^Entered by/)).toHaveValue('Front desk');

    const keys = [
      ...Array<string>(4).fill('{ArrowDown}'),
      '{Enter}', // day 5: nothing done
      ...Array<string>(4).fill('{ArrowDown}'),
      'i', // day 9: skipped because ill
      '{Control>}{Enter}{/Control}', // save
    ];
    expect(keys.length).toBeLessThan(15);
    await user.keyboard(keys.slice(0, -1).join(''));
    // While editing: 12 of the 13 planned days done (the ill day is not planned), as main will count it.
    expect(running()).toMatch(/^92% of the planned ticks done \(13 planned days\)/);
    expect(running()).toContain('reported by the family');
    await user.keyboard(keys.at(-1)!);

    expect(await screen.findByTestId('saved-figure')).toHaveTextContent(
      'Saved: 92% of the planned ticks done, as reported by the family.',
    );
    const [stored] = await m.rc.call('adherence:history', { patientId: m.childId, planStart: m.planStart, course: 1 });
    expect(stored!.enteredBy).toBe('Front desk');
    expect(stored!.adherence.overall).toBeCloseTo(12 / 13);
    if (stored!.entry.kind !== 'grid') throw new Error('a grid entry');
    const days = stored!.entry.days;
    expect(days).toHaveLength(14);
    expect(days[4]).toEqual({ day: 5, done: [], skipped: null, mood: null });
    expect(days[8]).toEqual({ day: 9, done: [], skipped: 'ill', mood: null });
    expect(days.filter((d) => d.done.join() === ITEMS.join())).toHaveLength(12);
  });

  it('clears and sets a cell by click, a whole day on its header, a whole item on its column header', async () => {
    const m = await mia();
    window.localStorage.setItem(ENTERED_BY, 'Front desk');
    const { user } = await openCourse(m);
    await user.click(cell(3, 'Squats'));
    expect(cell(3, 'Squats')).toHaveAttribute('aria-checked', 'false');
    await user.click(cell(3, 'Squats'));
    expect(cell(3, 'Squats')).toHaveAttribute('aria-checked', 'true');

    await user.click(screen.getByRole('button', { name: /^Day 2, / }));
    expect(LABELS.map((label) => cell(2, label).getAttribute('aria-checked'))).toEqual(Array(8).fill('false'));
    await user.click(screen.getByRole('button', { name: /^Day 2, / }));
    expect(cell(2, 'Part A')).toHaveAttribute('aria-checked', 'true');

    // The foot bath was done on no day: one click on its column clears it everywhere, another sets it.
    await user.click(screen.getByRole('button', { name: 'Foot bath' }));
    expect(screen.getByTestId('done-B01')).toHaveTextContent('0%');
    expect(running()).toMatch(/^88% /); // 7 of 8 items on every day
    await user.click(screen.getByRole('button', { name: 'Foot bath' }));
    expect(screen.getByTestId('done-B01')).toHaveTextContent('100%');

    // A face and a reason are quick taps; a day marked skipped clears its ticks, and taking it back restores them.
    const day4 = screen.getByRole('button', { name: /^Day 4, / }).closest('tr')!;
    await user.click(within(day4).getByRole('button', { name: 'Hard' }));
    expect(within(day4).getByRole('button', { name: 'Hard' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(day4).getByRole('button', { name: 'child upset' }));
    expect(cell(4, 'Part A')).toHaveAttribute('aria-checked', 'false');
    expect(running()).toMatch(/^93% .*\(14 planned days\)/); // an upset child's day was still planned
    await user.click(within(day4).getByRole('button', { name: 'child upset' }));
    expect(cell(4, 'Part A')).toHaveAttribute('aria-checked', 'true');

    // Keyboard: arrows move the cursor, Space toggles, Enter on a column header toggles the item.
    await user.click(cell(1, 'Part A'));
    await user.keyboard('{ArrowRight} ');
    expect(cell(1, 'Part B')).toHaveAttribute('aria-checked', 'false');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(cell(7, 'Part B')).toHaveAttribute('aria-checked', 'true');
    expect(cell(1, 'Part B')).toHaveAttribute('aria-checked', 'true');
  });

  it('N stores "not returned", which never reads as 0 %', async () => {
    const m = await mia();
    window.localStorage.setItem(ENTERED_BY, 'Front desk');
    const { user, unmount } = await openCourse(m);
    await user.keyboard('n');
    expect(screen.getByRole('button', { name: 'Not returned' })).toHaveAttribute('aria-pressed', 'true');
    expect(running()).toMatch(/^Not returned: no figure/);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByTestId('saved-figure')).toHaveTextContent('Saved: page not returned.');
    const [course1] = await m.rc.call('adherence:summary', { patientId: m.childId });
    expect(course1).toMatchObject({ status: 'not_returned', adherence: null });

    // Reopened, the page shows what was stored; N again takes it back to the grid.
    unmount();
    const again = await openCourse(m);
    expect(screen.getByRole('button', { name: 'Not returned' })).toHaveAttribute('aria-pressed', 'true');
    await again.user.keyboard('n');
    expect(screen.getByRole('button', { name: 'Returned' })).toHaveAttribute('aria-pressed', 'true');
    expect(running()).toMatch(/^100% of the planned ticks done/);
  });

  it('E takes the family’s rough estimate, 0–100, checked by main', async () => {
    const m = await mia();
    window.localStorage.setItem(ENTERED_BY, 'Front desk');
    const { user } = await openCourse(m);
    await user.keyboard('e');
    const percent = screen.getByLabelText('Family’s estimate');
    await waitFor(() => expect(percent).toHaveFocus());
    await user.keyboard('120{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Enter a whole number from 0 to 100')).toBeInTheDocument();
    expect(await m.rc.call('adherence:history', { patientId: m.childId, planStart: m.planStart, course: 1 })).toEqual(
      [],
    );
    await user.clear(percent);
    await user.keyboard('70{Enter}');
    expect(await screen.findByTestId('saved-figure')).toHaveTextContent('Saved: about 70%, the family’s own estimate.');
  });

  it('needs who entered it (main’s field error on the field), remembers it, and keeps every entry', async () => {
    const m = await mia();
    const { user } = await openCourse(m);
    const name = screen.getByLabelText(/^Entered by/);
    expect(name).toHaveValue('');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAccessibleDescription('Fill this in');
    expect(m.rc.callsTo('adherence:save')).toHaveLength(1);
    expect(screen.getByText('Nothing entered for this course yet.')).toBeInTheDocument();

    await user.type(name, 'Olga at the desk');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByTestId('saved-figure');
    expect(window.localStorage.getItem(ENTERED_BY)).toBe('Olga at the desk');
    await user.click(cell(1, 'Mat'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('History: 2 entries')).toBeInTheDocument();
    expect(screen.getByText(/^— latest by Olga at the desk on /)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    const list = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(list.filter((t) => t?.includes('Olga at the desk: '))).toHaveLength(2);
  });
});

describe('the courses strip on the child screen', () => {
  it('shows each course on the chart’s time axis: its figure, "not returned", running or ahead; each opens its page', async () => {
    // 80 days in: courses 1 and 2 are over, course 3 starts in 4 days.
    const m = await mia(80);
    const ref = { patientId: m.childId, planStart: m.planStart };
    const half = ITEMS.slice(0, 4);
    const days = Array.from({ length: 14 }, (_, i) => ({ day: i + 1, done: half, skipped: null, mood: null }));
    await m.rc.call('adherence:save', { ...ref, course: 1, entry: { kind: 'grid', days }, enteredBy: 'Front desk' });
    await m.rc.call('adherence:save', { ...ref, course: 2, entry: { kind: 'not_returned' }, enteredBy: 'Front desk' });

    const { user } = await renderRealApp(m.rc, `#/children/${m.childId}`);
    const strip = await screen.findByRole('list', { name: 'Courses of the current plan, as reported by the family' });
    const bands = within(strip).getAllByRole('link');
    expect(bands[0]).toHaveAccessibleName(/^Course 1, .*: 50% of the planned ticks done\./);
    expect(bands[0]).toHaveAttribute('href', courseHash(m, 1));
    expect(bands[1]).toHaveAccessibleName(/^Course 2, .*: page not returned\./);
    expect(bands[1]!.textContent).not.toMatch(/0\s?%/);
    expect(bands[2]).toHaveAccessibleName(/^Course 3, .*: still ahead\./);
    expect(within(strip).getByText('50%')).toBeInTheDocument();
    // It lies under the heel-angle chart, in the same figure, labelled as the family's report.
    expect(within(screen.getByTestId('angle-chart')).getByText('reported by the family')).toBeInTheDocument();

    await user.click(bands[0]!);
    expect(await screen.findByRole('heading', { name: /^Calendar page: course 1 of \d+$/ })).toBeInTheDocument();
    expect(cell(1, 'Circles')).toHaveAttribute('aria-checked', 'true');
    expect(cell(1, 'Squats')).toHaveAttribute('aria-checked', 'false');
  });

  it('opens a page from the code printed on it, or from the list of courses', async () => {
    const m = await mia(80);
    const { user } = await renderRealApp(m.rc, `#/children/${m.childId}`);
    await screen.findByRole('list', { name: /^Courses of the current plan/ });
    await user.keyboard('r');
    const dialog = within(await screen.findByRole('dialog', { name: 'Enter a returned calendar' }));
    const code = dialog.getByLabelText('Code printed on the page');
    await user.type(code, '12-34{Enter}');
    expect(await dialog.findByText('This is not a course code: it reads like 1042-261221-3')).toBeInTheDocument();
    await user.clear(code);
    const yymmdd = m.planStart.slice(2).replaceAll('-', '');
    await user.type(code, `${m.childId}-${yymmdd}-2{Enter}`);
    expect(await screen.findByRole('heading', { name: /^Calendar page: course 2 of / })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: '← Course 1' }));
    expect(await screen.findByRole('heading', { name: /^Calendar page: course 1 of / })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await screen.findByRole('list', { name: /^Courses of the current plan/ });
    await user.click(screen.getByRole('button', { name: 'Enter a returned calendar' }));
    const again = within(await screen.findByRole('dialog'));
    // The courses that have started; the first finished one not entered yet stands out.
    const options = again.getAllByRole('button', { name: /^Course \d/ });
    expect(options).toHaveLength(2);
    expect(options[0]).toHaveClass('Mui-selected');
    await user.click(options[1]!);
    expect(await screen.findByRole('heading', { name: /^Calendar page: course 2 of / })).toBeInTheDocument();
  });
});

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

/** What main's booklet draft says of the last returned course, as the editor receives it. */
const hintOf = async (m: { rc: RealCore; childId: number }) =>
  (await m.rc.call('booklets:draft', { patientId: m.childId })).adherence;

describe('the hint in the booklet editor', () => {
  it('says what the family reported and, below half, suggests kindly; the missed steps go only on a click', async () => {
    const m = await mia();
    const days = Array.from({ length: 14 }, (_, i) => ({
      day: i + 1,
      done: ['part_a', 'part_b'],
      skipped: null,
      mood: null,
    }));
    await m.rc.call('adherence:save', {
      patientId: m.childId,
      planStart: m.planStart,
      course: 1,
      entry: { kind: 'grid', days },
      enteredBy: 'Front desk',
    });
    const updateStep = vi.fn();
    const user = userEvent.setup({ delay: null });
    render(
      <Providers api={m.rc.api}>
        <AdherenceHint hint={await hintOf(m)} program steps={{}} customSteps={[]} updateStep={updateStep} />
      </Providers>,
    );
    const hint = await screen.findByTestId('adherence-hint');
    expect(hint).toHaveTextContent('Course 1: about 25% of the planned ticks reported done');
    expect(hint).toHaveTextContent('Reported by the family');
    expect(hint).toHaveTextContent(
      'You could repeat the current doses rather than stepping up, or keep only what the family managed: Part A, Part B.',
    );
    expect(hint.textContent).not.toMatch(/fail|didn’t|did not/i);
    expect(updateStep).not.toHaveBeenCalled();

    await user.click(
      within(hint).getByRole('button', {
        name: 'Skip what was missed: Mat, Circles, Monkey feet, Cross-legged, Squats, Foot bath',
      }),
    );
    expect(updateStep.mock.calls).toEqual(['X01', 'X02', 'X03', 'X04', 'X05', 'B01'].map((id) => [id, { skip: true }]));
    expect(within(hint).getByRole('status')).toHaveTextContent('Skipped in this booklet: Mat, Circles');
    updateStep.mockClear();
    await user.click(within(hint).getByRole('button', { name: 'Undo' }));
    expect(updateStep.mock.calls.map((c) => c[1])).toEqual(Array(6).fill({ skip: false }));
  });

  it('shows the figure alone when the family managed most of it, and nothing before any page is entered', async () => {
    const m = await mia();
    const { unmount } = render(
      <Providers api={m.rc.api}>
        <AdherenceHint hint={await hintOf(m)} program steps={{}} customSteps={[]} updateStep={vi.fn()} />
      </Providers>,
    );
    expect(screen.queryByTestId('adherence-hint')).not.toBeInTheDocument();
    unmount();

    await m.rc.call('adherence:save', {
      patientId: m.childId,
      planStart: m.planStart,
      course: 1,
      entry: { kind: 'estimate', percent: 80 },
      enteredBy: 'Front desk',
    });
    render(
      <Providers api={m.rc.api}>
        <AdherenceHint hint={await hintOf(m)} program steps={{}} customSteps={[]} updateStep={vi.fn()} />
      </Providers>,
    );
    const hint = await screen.findByTestId('adherence-hint');
    expect(hint).toHaveTextContent('Course 1: about 80% done, by the family’s own estimate');
    expect(within(hint).queryByRole('button')).not.toBeInTheDocument();
  });
});
