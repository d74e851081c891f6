import { describe, expect, it } from 'vitest';
import { createDispatch, type CallEvent, type Handlers } from '../../../electron/dispatch';
import { staffGate } from '../../../electron/services/staff/gate';
import { Sessions } from '../../../electron/services/staff/sessions';
import { z } from 'zod';
import { channelNames, contract, joinChannels, ROLES, type Role } from '../../../shared/contract';

/*
 * Every channel x every role, plus signed out and locked: the gate in dispatch, before any
 * handler. The handlers here only record that they ran (the gate is under test, not the
 * services; tests/unit/staff/redaction.test.ts calls the real ones).
 */

// What the role rules say, written independently of the contract's `access` entries.
const CLINICAL_ONLY =
  /^(assessments:|adherence:|care-plans:(current|list)$|booklets:(draft|preview|issue|reissue)$|patients:export)/;
const ADMIN_ONLY = /^(staff:(list|create|update|reset-password|idle-lock:set)$|backups:|audit:|patients:erase)/;

function harness() {
  const sessions = new Sessions();
  const ran: string[] = [];
  const events: CallEvent[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, channel: string) => async () => {
      ran.push(channel);
      return {};
    },
  });
  const dispatch = createDispatch(handlers, {
    gate: staffGate(sessions),
    onCall: (event) => events.push(event),
    logError: () => {},
  });
  return { sessions, ran, events, dispatch };
}

const GATE_CODES = ['SIGNED_OUT', 'LOCKED', 'DENIED'];

describe('the session and role gate', () => {
  it('gives every channel an access rule that matches the role rules', () => {
    for (const channel of channelNames) {
      const access = contract[channel].access;
      expect(access === 'anyone' || access.length > 0, channel).toBe(true);
      if (CLINICAL_ONLY.test(channel)) expect(access, channel).not.toContain('receptionist');
      if (ADMIN_ONLY.test(channel)) expect(access, channel).toEqual(['admin']);
      if (access === 'anyone')
        expect(channel, channel).toMatch(
          /^(app:info|desktop:choose-path|data-source:(get|set|test)|staff:(status|setup|sign-in|sign-out|unlock|recover))$/,
        );
    }
  });

  it('does not compile a channel map whose entry lacks access (tests are type-checked)', () => {
    const bare = { 'x:y': { input: z.object({}), output: z.object({}) } } as const;
    // @ts-expect-error every contract entry must declare `access`
    expect(Object.keys(joinChannels(bare))).toEqual(['x:y']);
  });

  for (const role of ROLES) {
    it(`lets a ${role} through to exactly the channels the role may use`, async () => {
      const { sessions, ran, events, dispatch } = harness();
      sessions.signIn('s', { id: 7, name: 'Somebody', role });
      for (const channel of channelNames) {
        ran.length = 0;
        const answer = await dispatch(channel, {}, 's');
        const access = contract[channel].access;
        const allowed = access === 'anyone' || access.includes(role as Role);
        if (allowed) {
          expect(answer.ok || !GATE_CODES.includes(answer.error.code), `${role} ${channel}`).toBe(true);
        } else {
          expect(answer, `${role} ${channel}`).toMatchObject({ ok: false, error: { code: 'DENIED' } });
          expect(ran, `${role} ${channel}`).toEqual([]);
        }
        expect(events.at(-1)).toMatchObject({
          channel,
          user: { role },
          outcome: allowed ? expect.any(String) : 'denied',
        });
      }
    });
  }

  it('answers SIGNED_OUT to everything but the sign-in channels when nobody is signed in', async () => {
    const { ran, dispatch } = harness();
    for (const channel of channelNames) {
      ran.length = 0;
      const answer = await dispatch(channel, {}, 'nobody');
      if (contract[channel].access === 'anyone') {
        expect(answer.ok || !GATE_CODES.includes(answer.error.code), channel).toBe(true);
      } else {
        expect(answer, channel).toMatchObject({ ok: false, error: { code: 'SIGNED_OUT' } });
        expect(ran, channel).toEqual([]);
      }
    }
  });

  it('answers LOCKED to everything but status, unlock and sign-out on a locked session', async () => {
    const { sessions, ran, dispatch } = harness();
    sessions.signIn('s', { id: 1, name: 'Anna', role: 'admin' });
    sessions.lock('s');
    for (const channel of channelNames) {
      ran.length = 0;
      const answer = await dispatch(channel, {}, 's');
      if (contract[channel].access === 'anyone') continue;
      expect(answer, channel).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      expect(ran, channel).toEqual([]);
    }
    for (const channel of ['staff:status', 'staff:unlock', 'staff:sign-out'] as const) {
      expect(contract[channel].access).toBe('anyone');
    }
  });

  it('passes the caller to the handler and reports the outcome of each call', async () => {
    const sessions = new Sessions();
    const seen: unknown[] = [];
    const events: CallEvent[] = [];
    const handlers = new Proxy({} as Handlers, {
      get: () => async (_input: unknown, ctx: unknown) => {
        seen.push(ctx);
        return { items: [], more: false };
      },
    });
    const dispatch = createDispatch(handlers, { gate: staffGate(sessions), onCall: (e) => events.push(e) });
    sessions.signIn('window:3', { id: 4, name: 'Desk', role: 'receptionist' });
    await dispatch('patients:search', { query: 'mia' }, 'window:3');
    expect(seen).toEqual([{ session: 'window:3', user: { id: 4, name: 'Desk', role: 'receptionist' } }]);
    await dispatch('patients:search', { query: 5 }, 'window:3');
    await dispatch('assessments:list', { patientId: 1 }, 'window:3');
    expect(events.map((e) => [e.channel, e.outcome])).toEqual([
      ['patients:search', 'ok'],
      ['patients:search', 'refused'],
      ['assessments:list', 'denied'],
    ]);
    expect(events[0]).toMatchObject({ input: { query: 'mia', limit: 50 }, output: { items: [] } });
    expect(Date.parse(events[0]!.at)).not.toBeNaN();
  });
});
