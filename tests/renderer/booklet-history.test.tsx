import { createHash } from 'node:crypto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { type RenderedPdf } from '../../shared/contract';
import { BookletHistory, PrepareBookletButton } from '../../renderer/screens/Booklet';
import type * as PdfDelivery from '../../renderer/file-delivery';
import { issue, mia, Providers, renderAlone } from './booklet-harness';

/*
 * The booklet history and the prepare button on the child screen, against the real core: reprints
 * return the stored bytes, a missing or damaged copy is said and re-issued only when asked.
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

describe('Booklet history and the prepare button (for the child screen)', () => {
  it('lists booklets newest first and reprints the stored bytes exactly', async () => {
    const m = await mia({ left: { degree: 1 }, right: { degree: 1 } }, 'electron');
    const first = await issue(m, {}, { action: 'print' });
    await issue(m, { language: 'ru', paper: 'Letter' }, { action: 'save', plan: 'continue' });
    // The first was made with other texts: today's would read differently.
    await m.rc.database.db
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
    await m.rc.database.db.deleteFrom('booklet_files').execute();
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
    await m.rc.database.db
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
