export { SessionGate } from './SessionGate';
export { UserMenu } from './UserMenu';
export { NotAllowed } from './NotAllowed';
export { useCan, useSession, useSessionActions } from './session-context';
