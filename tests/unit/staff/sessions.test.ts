import { describe, expect, it } from 'vitest';
import { Sessions } from '../../../electron/services/staff/sessions';

describe('open sessions after a restore', () => {
  it('keep going only for accounts that exist and are active in the restored database', () => {
    const sessions = new Sessions(() => 1_000);
    sessions.signIn('window:1', { id: 1, name: 'Ada Admin', role: 'admin' });
    sessions.signIn('window:2', { id: 2, name: 'Rita Reception', role: 'receptionist' });
    sessions.signIn('window:3', { id: 3, name: 'Cleo Clinician', role: 'clinician' });

    sessions.reconcile([
      { id: 1, name: 'Ada Admin', role: 'admin', active: true },
      // In the backup this account was still a clinician: that is the role that now applies.
      { id: 2, name: 'Rita R.', role: 'clinician', active: true },
      { id: 3, name: 'Cleo Clinician', role: 'clinician', active: false },
    ]);

    expect(sessions.peek('window:1')).toEqual({ user: { id: 1, name: 'Ada Admin', role: 'admin' }, locked: false });
    expect(sessions.peek('window:2').user).toEqual({ id: 2, name: 'Rita R.', role: 'clinician' });
    expect(sessions.peek('window:3').user).toBeNull();
  });

  it('ends a session whose account the backup does not have', () => {
    const sessions = new Sessions(() => 1_000);
    sessions.signIn('browser:abc', { id: 7, name: 'New Person', role: 'admin' });
    sessions.reconcile([{ id: 1, name: 'Ada Admin', role: 'admin', active: true }]);
    expect(sessions.peek('browser:abc').user).toBeNull();
  });
});
