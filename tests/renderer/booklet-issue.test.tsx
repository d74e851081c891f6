import { createHash } from 'node:crypto';
import { act, fireEvent, screen, waitFor, waitForElementToBeRemoved, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { localToday, type RenderedPdf } from '../../shared/contract';
import type * as PdfDelivery from '../../renderer/file-delivery';
import {
  issue,
  issues,
  lastPreview,
  mia,
  openBooklet,
  planShown,
  shownPages,
  startValue,
  step,
} from './booklet-harness';

/*
 * Prepare booklet against the real core: continuing the current plan or starting a new one, and
 * printing (browser hand-over, desktop print/save/open, Ctrl+P, the leave guard).
 */

// Whole screens in jsdom, real PDFs rendered behind them: room for a busy machine.
vi.setConfig({ testTimeout: 60_000 });

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
    expect(startValue()).toBe('04/03/2030');
    expect(within(step('Squats')).getByLabelText('Repetitions')).toHaveValue('8');
    expect(within(step('Buttocks')).getByText('Left out')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Tiptoe walk' })).getByLabelText('Title')).toHaveValue(
      'Tiptoe walk',
    );
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
    expect(startValue()).toBe(localToday().split('-').reverse().join('/'));
    expect(within(step('Squats')).getByLabelText('Repetitions')).toHaveValue('');
    expect(screen.queryByRole('group', { name: 'Tiptoe walk' })).not.toBeInTheDocument();
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
      // One pattern for every file handed over (shared/file-names.ts).
      `Valgo – Sokolova Mia – Foot care plan – ${localToday()}.pdf`,
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
    expect(
      await screen.findByText('Saved to /home/clinic/Documents/booklet.pdf and archived', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const [saved] = await m.rc.call('booklets:list', { patientId: m.childId });
    expect(saved).toMatchObject({ action: 'save' });
    // What the save dialog received is the archived booklet, byte for byte.
    const handed = m.desktop.handed.at(-1)!;
    expect(handed.fileName).toBe(`Valgo – Sokolova Mia – Foot care plan – ${localToday()}.pdf`);
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
    // Esc in the field belongs to the field; out of it, Esc leaves (and asks first).
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    act(() => (document.activeElement as HTMLElement).blur());
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
