export { LockOverlay } from './LockOverlay';
export { RecoveryCodeScreen, SetupScreen } from './SetupScreen';
export { SignInScreen } from './SignInScreen';
