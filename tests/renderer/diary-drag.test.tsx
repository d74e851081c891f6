import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { columnAt, dragTarget, moved, type DragOrigin } from '../../renderer/screens/Diary/drag-model';
import { renderRealApp } from './render-app';
import { book, diaryClinic, pxPerMinute } from './seed-diary';

/*
 * Dragging visits in the grid: the drag arithmetic as plain functions, then pointer drags on the
 * real core (jsdom has no layout, so the pointer's travel in pixels is all that moves a visit).
 */

const SPAN = [9 * 60, 18 * 60] as const;

describe('the drag model', () => {
  const at930: DragOrigin = { mode: 'move', column: 0, start: 9 * 60 + 30, durationMinutes: 20 };

  it('moves by the pointer’s travel in 5-minute steps, inside the hours shown', () => {
    expect(dragTarget(at930, 61, 0, SPAN, 2)).toEqual({ column: 0, start: 10 * 60, durationMinutes: 20 });
    expect(dragTarget(at930, 4, 0, SPAN, 2)).toEqual({ column: 0, start: 9 * 60 + 30, durationMinutes: 20 });
    expect(dragTarget(at930, 6, 0, SPAN, 2).start).toBe(9 * 60 + 35);
    expect(dragTarget(at930, -1000, 2, SPAN, 2)).toEqual({ column: 2, start: 9 * 60, durationMinutes: 20 });
    expect(dragTarget(at930, 5000, 0, SPAN, 2).start).toBe(18 * 60 - 20);
    // An odd start snaps once moved, and stays as it is when not.
    const odd = { ...at930, start: 9 * 60 + 32 };
    expect(dragTarget(odd, 0, 0, SPAN, 2).start).toBe(9 * 60 + 32);
    expect(dragTarget(odd, 10, 0, SPAN, 2).start).toBe(9 * 60 + 35);
  });

  it('resizes from the lower edge, never under 5 minutes nor past the grid', () => {
    const resize = { ...at930, mode: 'resize' as const };
    expect(dragTarget(resize, 40, 3, SPAN, 2)).toEqual({ column: 0, start: 9 * 60 + 30, durationMinutes: 40 });
    expect(dragTarget(resize, -100, 0, SPAN, 2).durationMinutes).toBe(5);
    expect(dragTarget(resize, 100_000, 0, SPAN, 2).durationMinutes).toBe(480); // main's longest visit
    expect(dragTarget({ ...resize, start: 17 * 60 }, 100_000, 0, SPAN, 2).durationMinutes).toBe(60);
  });

  it('finds the column under the pointer, and knows a drop back home is no move', () => {
    const rects = [
      { left: 0, right: 100 },
      { left: 100, right: 200 },
    ];
    expect(columnAt(150, rects, 0)).toBe(1);
    expect(columnAt(500, rects, 0)).toBe(0);
    expect(columnAt(10, [{ left: 0, right: 0 }], 3)).toBe(3);
    expect(moved(at930, dragTarget(at930, 2, 0, SPAN, 2))).toBe(false);
    expect(moved(at930, dragTarget(at930, 0, 1, SPAN, 2))).toBe(true);
  });
});

/** Presses on `element`, moves the pointer `dy` pixels down in a few steps, and lets go. */
function drag(element: HTMLElement, dy: number) {
  fireEvent.pointerDown(element, { button: 0, clientX: 50, clientY: 100, pointerId: 1 });
  for (const part of [0.25, 0.5, 1]) {
    fireEvent.pointerMove(element, { clientX: 50, clientY: 100 + dy * part, pointerId: 1 });
  }
  fireEvent.pointerUp(element, { clientX: 50, clientY: 100 + dy, pointerId: 1 });
}

describe('dragging visits', { timeout: 60_000 }, () => {
  it('moves a visit an hour later, and main stores the new start', async () => {
    const { real, mia } = await diaryClinic();
    await renderRealApp(real, '#/diary');
    const block = await screen.findByRole('button', { name: /Sokolova, Mia/ });
    const px = pxPerMinute();
    fireEvent.pointerDown(block, { button: 0, clientX: 50, clientY: 100 });
    fireEvent.pointerMove(block, { clientX: 50, clientY: 100 + 60 * px });
    // While dragging, the new place shows with its times.
    expect(await screen.findByTestId('drag-preview')).toHaveTextContent(/10:00.*10:20/);
    fireEvent.pointerUp(block, { clientX: 50, clientY: 100 + 60 * px });

    await waitFor(async () => expect((await real.call('appointments:get', { id: mia.id })).start).toBe('10:00'));
    expect(real.callsTo('appointments:move')).toEqual([
      {
        id: mia.id,
        version: mia.version,
        start: { date: mia.date, time: '10:00' },
        clinicianId: mia.clinicianId,
        durationMinutes: 20,
      },
    ]);
    await waitFor(() => expect(screen.getByRole('button', { name: /Sokolova, Mia/ }).style.top).toBe(`${60 * px}px`));
    expect(screen.queryByTestId('drag-preview')).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('lengthens a visit from its lower edge', async () => {
    const { real, mia } = await diaryClinic();
    await renderRealApp(real, '#/diary');
    const block = await screen.findByRole('button', { name: /Sokolova, Mia/ });
    drag(block.querySelector<HTMLElement>('[data-resize]')!, 20 * pxPerMinute());
    await waitFor(async () =>
      expect(await real.call('appointments:get', { id: mia.id })).toMatchObject({
        start: '09:00',
        durationMinutes: 40,
      }),
    );
  });

  it('a move onto another visit is refused by main: the visit springs back and the reason shows', async () => {
    const { real, today, irina, mia, ivanChild } = await diaryClinic();
    await book(real, {
      patientId: ivanChild.id,
      clinicianId: irina.id,
      date: today,
      time: '10:00',
      durationMinutes: 40,
    });
    await renderRealApp(real, '#/diary');
    const irinaColumn = await screen.findByRole('group', { name: /^Dr Irina Volkova/ });
    await within(irinaColumn).findByRole('button', { name: /Petrov, Ivan/ });
    drag(within(irinaColumn).getByRole('button', { name: /Sokolova, Mia/ }), 65 * pxPerMinute());

    expect(
      await screen.findByText(
        /The visit of Mia Sokolova was not moved: Dr Irina Volkova already has Ivan Petrov booked from 10:00 to 10:40/,
      ),
    ).toBeInTheDocument();
    expect(real.callsTo('appointments:move')).toHaveLength(1);
    expect(await real.call('appointments:get', { id: mia.id })).toMatchObject({ start: '09:00', status: 'booked' });
    expect(within(irinaColumn).getByRole('button', { name: /Sokolova, Mia/ }).style.top).toBe('0px');
    expect(screen.queryByTestId('drag-preview')).not.toBeInTheDocument();
  });

  it('a move into the lunch break asks first; “Change time” puts it back and stores nothing', async () => {
    const { real, mia } = await diaryClinic();
    await renderRealApp(real, '#/diary');
    const block = await screen.findByRole('button', { name: /Sokolova, Mia/ });
    drag(block, 4 * 60 * pxPerMinute()); // 13:00, Irina's lunch
    const ask = await screen.findByRole('dialog', { name: 'Move the visit to this time?' });
    expect(ask).toHaveTextContent('This is outside Dr Irina Volkova’s working hours.');
    expect(screen.getByTestId('drag-preview')).toHaveTextContent(/1:00/);
    fireEvent.click(within(ask).getByRole('button', { name: 'Change time' }));
    await waitFor(() => expect(screen.queryByTestId('drag-preview')).not.toBeInTheDocument());
    expect(real.callsTo('appointments:move')).toHaveLength(0);
    expect(await real.call('appointments:get', { id: mia.id })).toMatchObject({ start: '09:00' });
  });

  it('a press without travel is a click: it opens the visit', async () => {
    const { real } = await diaryClinic();
    const { user } = await renderRealApp(real, '#/diary');
    await user.click(await screen.findByRole('button', { name: /Sokolova, Mia/ }));
    expect(await screen.findByRole('dialog', { name: /Mia Sokolova/ })).toBeInTheDocument();
    expect(real.callsTo('appointments:move')).toHaveLength(0);
  });
});
