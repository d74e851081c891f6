import type { StaffUser } from '../../../shared/contract';
import { redactOutput } from './redact';
import type { Sessions } from './sessions';

/** The session gate dispatch enforces (electron/dispatch.ts SessionGate), over one session store. */
export function staffGate(sessions: Sessions) {
  return {
    resolve: (session: string, channel: string) => sessions.resolve(session, channel),
    redact: (channel: string, user: StaffUser | null, output: unknown) => redactOutput(channel, user, output),
  };
}
