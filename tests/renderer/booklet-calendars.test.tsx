import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChannelInput, RenderedPdf } from '../../shared/contract';
import { seedAssessment, seedChild, seedClinician, startRealCore } from './real-core';
import { bornAgo, renderRealApp } from './render-app';

/*
 * How many course calendars a booklet prints: the clinic's default in Settings, and the choice
 * per booklet in the editor's course section (blank = the clinic's default, applied by main).
 */

vi.setConfig({ testTimeout: 30_000 });

// pdf.js needs a real canvas and a worker: the preview shows what main rendered, by its page count.
vi.mock('../../renderer/screens/Booklet/PdfPreview', () => ({
  PdfPreview: ({ pdf }: { pdf: RenderedPdf | null }) => <div>{pdf ? `${pdf.pages} pages` : 'no pdf'}</div>,
}));

describe('calendars in a booklet', () => {
  it('Settings stores the clinic’s default', async () => {
    const rc = await startRealCore();
    const { user } = await renderRealApp(rc, '#/settings');
    const select = await screen.findByRole('combobox', { name: 'Calendars in each booklet' });
    expect(select).toHaveTextContent('Next 3 courses');
    await user.click(select);
    await user.click(within(screen.getByRole('listbox')).getByRole('option', { name: 'All courses' }));
    await waitFor(() => expect(rc.callsTo('settings:update')).toEqual([{ calendarCourses: 'all' }]));
    expect(screen.getByRole('combobox', { name: 'Calendars in each booklet' })).toHaveTextContent('All courses');
    // Stored in main: what the next booklet starts from.
    expect((await rc.call('settings:get', {})).calendarCourses).toBe('all');
  });

  it('the editor shows the clinic’s default and sends a choice only when it differs', async () => {
    const rc = await startRealCore();
    const clinician = await seedClinician(rc);
    const child = await seedChild(rc, { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(5) });
    await seedAssessment(rc, child, clinician, { left: { degree: 2 }, right: { degree: 2 } });
    const { user } = await renderRealApp(rc, `#/children/${child.id}/booklet`);
    const select = await screen.findByRole('combobox', { name: 'Calendars in the booklet' });
    expect(select).toHaveTextContent('Next 3 courses (clinic default)');
    const previews = () => rc.callsTo('booklets:preview') as ChannelInput<'booklets:preview'>[];
    await waitFor(() => expect(previews().length).toBeGreaterThan(0));
    expect(previews().at(-1)!.choices.calendarCourses).toBeUndefined();
    const before = Number((await screen.findByText(/^\d+ pages$/)).textContent!.split(' ')[0]);

    await user.click(select);
    await user.click(within(screen.getByRole('listbox')).getByRole('option', { name: 'All courses' }));
    await waitFor(() => expect(previews().at(-1)!.choices.calendarCourses).toBe('all'));
    await waitFor(() =>
      expect(Number(screen.getByText(/^\d+ pages$/).textContent!.split(' ')[0])).toBeGreaterThan(before + 5),
    );

    // Back to the clinic's default: the choice is left out again.
    await user.click(screen.getByRole('combobox', { name: 'Calendars in the booklet' }));
    await user.click(
      within(screen.getByRole('listbox')).getByRole('option', { name: 'Next 3 courses (clinic default)' }),
    );
    await waitFor(() => expect(previews().at(-1)!.choices.calendarCourses).toBeUndefined());
  });
});
