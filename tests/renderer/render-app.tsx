import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/App';
import type { RealCore } from './real-core';

/** Renders the whole app at `hash` over the real core (tests/renderer/real-core.ts). */
export async function renderRealApp(real: RealCore, hash = '#/children') {
  window.history.replaceState(null, '', hash);
  const user = userEvent.setup({ delay: null });
  const view = render(<App api={real.api} />);
  await screen.findByRole('navigation');
  return { real, user, ...view };
}

/** A YYYY-MM-DD date `years` and `months` before today (local time). */
export function bornAgo(years: number, months = 0): string {
  const d = new Date();
  d.setDate(1); // avoid month-end overflow; the day is set below
  d.setFullYear(d.getFullYear() - years, d.getMonth() - months);
  const day = Math.min(new Date().getDate(), 28);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
