import { describe, expect, it } from 'vitest';
import { Sessions } from '../../../electron/services/staff/sessions';

/* The live-update loop asks main all the time; it must not keep an unattended window unlocked. */

describe('changes:wait and the idle lock', () => {
  it('does not count as use of the window: the session still locks after the idle minutes', () => {
    let now = 0;
    const sessions = new Sessions(() => now);
    sessions.setIdleMinutes(5);
    sessions.signIn('w', { id: 1, name: 'Anna', role: 'receptionist' });
    for (let minute = 1; minute <= 6; minute++) {
      now = minute * 60_000;
      sessions.resolve('w', 'changes:wait');
    }
    expect(sessions.peek('w').locked).toBe(true);

    // A real call does count (the contrast that makes the check above mean something).
    const other = new Sessions(() => now);
    other.setIdleMinutes(5);
    now = 0;
    other.signIn('w', { id: 1, name: 'Anna', role: 'receptionist' });
    for (let minute = 1; minute <= 6; minute++) {
      now = minute * 60_000;
      other.resolve('w', 'patients:search');
    }
    expect(other.peek('w').locked).toBe(false);
  });
});
