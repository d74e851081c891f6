import type { ReactNode } from 'react';
import { act, fireEvent, render, screen, waitFor, waitForElementToBeRemoved, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { BookletRequestInput, RenderedPdf } from '../../shared/contract';
import { CONTENT_VERSION } from '../../shared/content';
import { ThemeProvider } from '@mui/material/styles';
import { ApiProvider } from '../../renderer/api-context';
import { NotifierProvider } from '../../renderer/components/Notifier';
import { I18nProvider } from '../../renderer/i18n';
import { RouterProvider } from '../../renderer/router';
import { theme } from '../../renderer/theme';
import { BookletHistory, BookletScreen, PrepareBookletButton } from '../../renderer/screens/Booklet';
import type * as PdfDelivery from '../../renderer/file-delivery';
import { ChildSearchProvider } from '../../renderer/screens/Children/search';
import { FakeValgo, type SeedAssessment, type SeedFoot } from './fake-api';
import { renderApp } from './render-app';

// Whole screens in jsdom, typing through a debounce: room for a busy machine.
vi.setConfig({ testTimeout: 20_000 });

// pdf.js needs a real canvas and a worker: the preview is stood in by its inputs.
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
function Providers({ fake, children }: { fake: FakeValgo; children: ReactNode }) {
  return (
    <ThemeProvider theme={theme}>
      <ApiProvider api={fake.api}>
        <I18nProvider language="en">
          <NotifierProvider>
            <RouterProvider>{children}</RouterProvider>
          </NotifierProvider>
        </I18nProvider>
      </ApiProvider>
    </ThemeProvider>
  );
}

/** Mia, 5 years old on the draft's start date (2025-06-02), with one assessment. */
function mia(feet: { left?: SeedFoot; right?: SeedFoot }, mode: 'electron' | 'browser' = 'electron', extra = {}) {
  const assessment: SeedAssessment = { patientId: 1, assessedOn: '2025-05-20', ...feet, ...extra };
  return new FakeValgo({
    children: [{ firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: '2020-01-15' }],
    clinicians: [{ name: 'Dr Irina Volkova', title: 'Pediatric orthopedist' }],
    assessments: [assessment],
    info: { mode },
  });
}

/**
 * The booklet screen at its address, in the providers the app gives every screen. (The whole app
 * is rendered once, below, to check the route; the rest stays clear of other screens' changes.)
 */
async function openBooklet(fake: FakeValgo) {
  window.history.replaceState(null, '', '#/children/1/booklet');
  const user = userEvent.setup({ delay: null });
  const view = render(
    <Providers fake={fake}>
      <ChildSearchProvider>
        <BookletScreen childId={1} />
      </ChildSearchProvider>
    </Providers>,
  );
  await screen.findByRole('heading', { name: 'Prepare booklet' });
  return { fake, user, ...view };
}

function lastPreview(fake: FakeValgo): BookletRequestInput {
  const calls = fake.callsTo('booklets:preview');
  return calls[calls.length - 1]!;
}

const step = (title: string) => screen.getByRole('group', { name: title });

describe('Prepare booklet: the route', () => {
  it('opens at #/children/:id/booklet in the app', async () => {
    await renderApp('#/children/1/booklet', mia({ left: { degree: 1 }, right: { degree: 1 } }));
    expect(await screen.findByRole('heading', { name: 'Prepare booklet' })).toBeInTheDocument();
    expect(await screen.findByText('Full home program: both feet degree 1, flexible')).toBeInTheDocument();
  });
});

describe('Prepare booklet: the kind of booklet and why', () => {
  it('explains a full home program from the worse foot', async () => {
    await openBooklet(mia({ left: { degree: 2 }, right: { degree: 1 } }));
    const edition = await screen.findByTestId('edition');
    expect(edition).toHaveTextContent('Full home program: left foot degree 2, flexible');
    expect(edition).toHaveTextContent('Doses for ages 3 to 6');
    expect(await screen.findByText('26 pages')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Steps' })).toBeInTheDocument();
    // Defaults show as placeholders, marked as defaults.
    expect(screen.getByLabelText('Course length')).toHaveAttribute('placeholder', '14');
    expect(screen.getByLabelText('Plan length')).toHaveAttribute('placeholder', '18');
    expect(screen.getByText('Default for the degree')).toBeInTheDocument();
  });

  it('explains specialist care and prints no steps', async () => {
    await openBooklet(mia({ left: { degree: 1 }, right: { degree: 3 } }));
    const edition = await screen.findByTestId('edition');
    expect(edition).toHaveTextContent('Specialist care: right foot degree 3');
    expect(edition).toHaveTextContent('No home massage program');
    expect(screen.queryByRole('heading', { name: 'Steps' })).not.toBeInTheDocument();
    // The exception is offered only here: home massage as a supportive measure.
    expect(
      screen.getByRole('checkbox', { name: 'I prescribe home massage as a supportive measure' }),
    ).not.toBeChecked();
    expect(await screen.findByText('8 pages')).toBeInTheDocument();
  });
});

describe('Prepare booklet: doses and switches', () => {
  it('sends a changed dose and a skipped step to the preview and shows them in the plan', async () => {
    const fake = mia({ left: { degree: 2 }, right: { degree: 1 } });
    const { user } = await openBooklet(fake);
    await screen.findByText('26 pages');
    expect(within(step('Buttocks')).getByText('3')).toBeInTheDocument();

    const squats = step('Squats');
    await user.type(within(squats).getByLabelText('Repetitions'), '8');
    await user.click(within(step('Buttocks')).getByRole('switch', { name: 'Include “Buttocks”' }));

    await waitFor(() => {
      const sent = lastPreview(fake);
      expect(sent.overrides?.['X05']).toEqual({ reps: 8 });
      expect(sent.overrides?.['M03']).toEqual({ skip: true });
    });
    // The plan follows: the new dose is marked as the clinician's, the skipped step is out and the rest renumbered.
    await waitFor(() => expect(within(step('Squats')).getByText('8 times')).toBeInTheDocument());
    expect(within(step('Squats')).getByText('your dose')).toBeInTheDocument();
    expect(within(step('Buttocks')).getByText('Left out')).toBeInTheDocument();
    expect(within(step('Back of the thighs')).getByText('3')).toBeInTheDocument();
    expect(await screen.findByText('25 pages')).toBeInTheDocument();

    // A reason for the skip goes with it.
    fireEvent.change(within(step('Buttocks')).getByLabelText('Why (optional)'), {
      target: { value: 'skin irritation' },
    });
    await waitFor(() =>
      expect(lastPreview(fake).overrides?.['M03']).toEqual({ skip: true, reason: 'skin irritation' }),
    );
  });

  it('checks a dose with the shared schema and keeps the last valid preview', async () => {
    const fake = mia({ left: { degree: 2 }, right: { degree: 1 } });
    const { user } = await openBooklet(fake);
    await screen.findByText('26 pages');
    const previews = fake.callsTo('booklets:preview').length;
    await user.type(within(step('Squats')).getByLabelText('Repetitions'), '40');
    expect(await within(step('Squats')).findByText('Enter 1 to 30')).toBeInTheDocument();
    expect(screen.getByText(/Some fields need attention/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print' })).toBeDisabled();
    expect(fake.callsTo('booklets:preview')).toHaveLength(previews);
  });

  it('adds a custom step with its own title after the chosen step', { timeout: 20_000 }, async () => {
    const fake = mia({ left: { degree: 1 }, right: { degree: 1 } });
    const { user } = await openBooklet(fake);
    await screen.findByText('26 pages');
    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    const custom = screen.getByRole('group', { name: 'Step C01' });
    // A whole word at a time: typing is not what is tested here.
    fireEvent.change(within(custom).getByLabelText('Title'), { target: { value: 'Tiptoe walk' } });
    fireEvent.change(within(custom).getByLabelText('What to do'), {
      target: { value: 'Walk on tiptoes across the room.' },
    });
    await user.type(within(custom).getByLabelText('Repetitions (optional)'), '3');
    await waitFor(() =>
      expect(lastPreview(fake).customSteps).toEqual([
        { id: 'C01', after: 'X05', title: 'Tiptoe walk', text: 'Walk on tiptoes across the room.', reps: 3 },
      ]),
    );
    expect(await screen.findByText('27 pages')).toBeInTheDocument();
  });

  it('sends the notes for the family and warns that notes never change steps', async () => {
    const fake = mia({ left: { degree: 1 }, right: { degree: 1 } });
    await openBooklet(fake);
    expect(screen.getByText(/If a note changes a step, also use the step controls/)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Your notes'), { target: { value: 'No squats for now.' } });
    await waitFor(() => expect(lastPreview(fake).specialistNotes).toBe('No squats for now.'));
  });
});

describe('Prepare booklet: program options', () => {
  it('offers the unaffected leg only when one foot is affected, and switches the bath off', async () => {
    const fake = mia({ left: { degree: 2 }, right: { degree: 0 } });
    const { user } = await openBooklet(fake);
    await screen.findByText('26 pages');
    expect(within(step('Calves')).getByText('about 3 min at the peak, light on the right leg')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Unaffected right leg' }));
    await user.click(await screen.findByRole('option', { name: 'Leave it out' }));
    await user.click(screen.getByRole('switch', { name: 'Foot bath' }));
    await waitFor(() =>
      expect(lastPreview(fake).settings).toMatchObject({ unaffectedLegMode: 'skip', includeBath: false }),
    );
    expect(within(step('Calves')).getByText(/not on the right leg/)).toBeInTheDocument();
    expect(
      within(step('Warm and cool foot bath')).getByText('Left out: the foot bath is off under Program'),
    ).toBeInTheDocument();
  });

  it('has no unaffected-leg choice when both feet are affected', async () => {
    await openBooklet(mia({ left: { degree: 1 }, right: { degree: 1 } }));
    await screen.findByText('26 pages');
    expect(screen.queryByRole('combobox', { name: /Unaffected/ })).not.toBeInTheDocument();
  });
});

describe('Prepare booklet: clinician confirmations', () => {
  it('prints a supportive home program under specialist care only with the minutes entered', async () => {
    const fake = mia({ left: { degree: 1 }, right: { degree: 3 } });
    const { user } = await openBooklet(fake);
    await screen.findByText('8 pages');
    await user.click(screen.getByRole('checkbox', { name: 'I prescribe home massage as a supportive measure' }));
    // No defaults under specialist care: the three minutes are asked for.
    expect(await screen.findAllByText('Enter the minutes: no defaults under specialist care')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Print' })).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Massage, first day'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Massage, peak'), { target: { value: '8' } });
    fireEvent.change(screen.getByLabelText('Massage, last day'), { target: { value: '6' } });
    const edition = screen.getByTestId('edition');
    await waitFor(() => expect(edition).toHaveTextContent('home massage confirmed as a supportive measure'));
    expect(edition).toHaveTextContent('prescribed by your specialist as a supportive measure');
    expect(screen.getByRole('heading', { name: 'Steps' })).toBeInTheDocument();
    await waitFor(() =>
      expect(lastPreview(fake).settings).toMatchObject({
        clinicianConfirmsHomeMassage: true,
        startMinutes: 3,
        peakMinutes: 8,
        endMinutes: 6,
      }),
    );
    expect(screen.getByRole('button', { name: 'Print' })).toBeEnabled();
  });
});

describe('Prepare booklet: blocked plans', () => {
  it('explains what to do when flexibility is unknown, links to the assessment and cannot print', async () => {
    const fake = mia({ left: { degree: 2, flexible: 'unknown' }, right: { degree: 1 } });
    await openBooklet(fake);
    const blocked = await screen.findByTestId('blocked');
    expect(blocked).toHaveTextContent('No booklet can be made yet');
    expect(blocked).toHaveTextContent('The flexibility of the left foot is not recorded.');
    expect(within(blocked).getByRole('link', { name: 'Edit the assessment' })).toHaveAttribute(
      'href',
      '#/assessments/1/edit?child=1',
    );
    expect(screen.getByText('No preview until the plan can be made: see the left side.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save as PDF' })).toBeDisabled();
    expect(fake.callsTo('booklets:preview')).toHaveLength(0);
  });
});

describe('Prepare booklet: printing', () => {
  it('in browser mode prints through a download of the archived PDF', async () => {
    delivery.printPdf.mockClear();
    const fake = mia({ left: { degree: 1 }, right: { degree: 1 } }, 'browser');
    const { user } = await openBooklet(fake);
    await screen.findByText('26 pages');
    expect(screen.queryByRole('button', { name: 'Save as PDF' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download PDF' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    await waitFor(() => expect(fake.callsTo('booklets:issue')).toHaveLength(1));
    expect(fake.callsTo('booklets:issue')[0]).toMatchObject({ patientId: 1, action: 'download' });
    await waitFor(() => expect(delivery.printPdf).toHaveBeenCalledTimes(1));
    expect(delivery.printPdf.mock.calls[0]).toEqual([
      expect.objectContaining({ pages: 26 }),
      'Mia Sokolova - foot care plan.pdf',
    ]);
    expect(await screen.findByText('Archived. Choose the printer in the dialog.')).toBeInTheDocument();
    expect(fake.booklets.archive).toHaveLength(1);
  });

  it('in browser mode downloads the PDF', async () => {
    delivery.downloadPdf.mockClear();
    const fake = mia({ left: { degree: 1 }, right: { degree: 1 } }, 'browser');
    const { user } = await openBooklet(fake);
    await screen.findByText('26 pages');
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(await screen.findByText('Downloaded and archived')).toBeInTheDocument();
    expect(fake.callsTo('booklets:issue')[0]).toMatchObject({ action: 'download' });
    expect(delivery.downloadPdf).toHaveBeenCalledTimes(1);
  });

  it('in the desktop app offers print, save and open; a cancelled print archives nothing', async () => {
    const fake = mia({ left: { degree: 1 }, right: { degree: 1 } }, 'electron');
    const { user } = await openBooklet(fake);
    await screen.findByText('26 pages');
    expect(screen.getByRole('button', { name: 'Save as PDF' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Open in viewer' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Download PDF' })).not.toBeInTheDocument();

    fake.booklets.dialogConfirms = false;
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(await screen.findByText('Cancelled: nothing was printed, nothing was archived.')).toBeInTheDocument();
    expect(fake.callsTo('booklets:issue')[0]).toMatchObject({ action: 'print' });
    expect(fake.booklets.archive).toHaveLength(0);

    fake.booklets.dialogConfirms = true;
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }));
    expect(await screen.findByText('Saved to /home/clinic/Documents/booklet.pdf and archived')).toBeInTheDocument();
    expect(fake.booklets.archive).toHaveLength(1);
  });

  it('prints with Ctrl+P, in the language and paper chosen below', async () => {
    const fake = mia({ left: { degree: 1 }, right: { degree: 1 } }, 'electron');
    const { user } = await openBooklet(fake);
    await screen.findByText('26 pages');
    await user.click(screen.getByRole('button', { name: 'Русский' }));
    await user.click(screen.getByRole('button', { name: 'Letter' }));
    await waitFor(() => expect(lastPreview(fake)).toMatchObject({ language: 'ru', paper: 'Letter' }));
    await user.keyboard('{Control>}p{/Control}');
    expect(await screen.findByText('Printed and archived')).toBeInTheDocument();
    expect(fake.callsTo('booklets:issue')[0]).toMatchObject({
      action: 'print',
      request: { language: 'ru', paper: 'Letter' },
    });
  });

  it('asks before leaving with changes that were not printed, and not after printing', async () => {
    const fake = mia({ left: { degree: 1 }, right: { degree: 1 } }, 'electron');
    const { user } = await openBooklet(fake);
    await screen.findByText('26 pages');
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
    await waitFor(() => expect(window.location.hash).toBe('#/children/1'));
  });
});

function renderAlone(fake: FakeValgo, ui: ReactNode) {
  return render(<Providers fake={fake}>{ui}</Providers>);
}

describe('Booklet history and the prepare button (for the child screen)', () => {
  it('lists archived booklets newest first and reprints one identically', async () => {
    const fake = mia({ left: { degree: 1 }, right: { degree: 1 } }, 'electron');
    fake.booklets.seed(1, { contentVersion: '0.9.0' });
    fake.booklets.seed(1, { language: 'ru', paper: 'Letter', action: 'save' });
    const user = userEvent.setup({ delay: null });
    renderAlone(fake, <BookletHistory childId={1} />);

    const list = await screen.findByRole('list', { name: 'Booklets, newest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Full home program · Russian · Letter · 26 pages');
    expect(items[0]).toHaveTextContent('Saved as PDF');
    expect(within(items[0]!).queryByText('Texts updated since')).not.toBeInTheDocument();
    // The older one was made with other texts: a reprint may differ.
    expect(within(items[1]!).getByText('Texts updated since')).toBeInTheDocument();

    await user.click(within(items[0]!).getByRole('button', { name: /^Reprint the booklet of/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Print' }));
    await waitFor(() => expect(fake.callsTo('booklets:reprint')).toEqual([{ id: 2, action: 'print' }]));
    expect(await screen.findByText('Reprinted: identical to the original')).toBeInTheDocument();
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Printed');
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Reprint');
  });

  it('warns when a reprint differs from the original', async () => {
    const fake = mia({ left: { degree: 1 }, right: { degree: 1 } }, 'browser');
    const old = fake.booklets.seed(1, { contentVersion: '0.9.0' });
    expect(old.contentVersion).not.toBe(CONTENT_VERSION);
    const user = userEvent.setup({ delay: null });
    renderAlone(fake, <BookletHistory childId={1} />);
    await user.click(await screen.findByRole('button', { name: /^Reprint the booklet of/ }));
    // Browser mode: print or download, both through the archived PDF.
    expect(screen.queryByRole('menuitem', { name: 'Save as PDF' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('menuitem', { name: 'Download PDF' }));
    expect(
      await screen.findByText('Reprinted, but it differs from the original: the booklet texts have changed since.'),
    ).toBeInTheDocument();
    expect(fake.callsTo('booklets:reprint')).toEqual([{ id: 1, action: 'download' }]);
  });

  it('says what to do when there are no booklets yet', async () => {
    const fake = mia({ left: { degree: 1 }, right: { degree: 1 } });
    renderAlone(fake, <BookletHistory childId={1} />);
    expect(await screen.findByText(/No booklets yet/)).toBeInTheDocument();
  });

  it('shows Prepare booklet only once there is an assessment, and opens the booklet screen', async () => {
    const fake = mia({ left: { degree: 1 }, right: { degree: 1 } });
    const user = userEvent.setup({ delay: null });
    const { rerender } = renderAlone(fake, <PrepareBookletButton childId={1} hasAssessment={false} />);
    expect(screen.queryByRole('link', { name: 'Prepare booklet' })).not.toBeInTheDocument();
    rerender(
      <Providers fake={fake}>
        <PrepareBookletButton childId={1} hasAssessment />
      </Providers>,
    );
    const button = screen.getByRole('link', { name: 'Prepare booklet' });
    expect(button).toHaveAttribute('href', '#/children/1/booklet');
    await user.click(button);
    expect(window.location.hash).toBe('#/children/1/booklet');
  });
});
