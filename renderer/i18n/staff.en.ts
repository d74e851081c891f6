/* English strings of sign-in, the lock, the user menu and Settings → Staff. */
export const staffEn = {
  'staff.role.admin': 'Administrator',
  'staff.role.clinician': 'Clinician',
  'staff.role.receptionist': 'Receptionist',
  'staff.name': 'Full name',
  'staff.username': 'Username',
  'staff.password': 'Password',
  'staff.passwordHint': 'At least 8 characters. A short sentence is easy to remember.',
  'staff.role': 'Role',

  'staff.setup.title': 'Create the administrator',
  'staff.setup.intro':
    'Valgo keeps children’s clinical records, so everyone signs in. First create the administrator: they add the clinicians and receptionists afterwards.',
  'staff.setup.submit': 'Create administrator',
  'staff.recovery.title': 'Keep this recovery code',
  'staff.recovery.intro':
    'If the administrator’s password is forgotten, this code sets a new one. It is shown only now: write it down or print it, and keep it somewhere safe.',
  'staff.recovery.code': 'Recovery code',
  'staff.recovery.ack': 'I have written down the recovery code',
  'staff.recovery.continue': 'Continue',

  'staff.signIn.title': 'Sign in to Valgo',
  'staff.signIn.submit': 'Sign in',
  'staff.signIn.failed': 'Sign-in failed. Check the username and password.',

  'staff.recover.link': 'Forgot the administrator password?',
  'staff.recover.title': 'Set a new administrator password',
  'staff.recover.intro': 'Type the administrator’s username and the recovery code kept when Valgo was set up.',
  'staff.recover.submit': 'Set new password',

  'staff.lock.title': 'Valgo is locked',
  'staff.lock.intro': '{name} is signed in. Enter the password to continue where you left off.',
  'staff.lock.unlock': 'Unlock',
  'staff.lock.switchUser': 'Switch user',
  'staff.lock.switchHint': 'Switching user closes what {name} was doing; unsaved changes are lost.',

  'staff.menu.label': 'Signed in as {name}',
  'staff.menu.lockNow': 'Lock now',
  'staff.menu.switchUser': 'Switch user',
  'staff.menu.signOut': 'Sign out',

  'staff.error.wrongCredentials': 'The username or password is not right',
  'staff.error.wrongPassword': 'The password is not right',
  'staff.error.tooManyAttempts': 'Too many wrong passwords. Wait a minute and try again',
  'staff.error.usernameTaken': 'This username is already in use',
  'staff.error.invalidUsername': 'Use letters, digits, dots, dashes or underscores',
  'staff.error.tooShort': { one: 'At least {count} character', other: 'At least {count} characters' },
  'staff.error.wrongRecoveryCode': 'This recovery code does not match',

  'error.SIGNED_OUT': 'Please sign in again.',
  'error.LOCKED': 'This window is locked. Unlock it to continue.',
  'error.DENIED': 'Your role does not allow this. Ask an administrator if you need it.',

  'staff.notAllowed.title': 'Not available for your role',
  'staff.notAllowed.body': 'Your role ({role}) does not include this screen. Ask an administrator if you need it.',

  'settings.section.staff': 'Staff',
  'staff.section.title': 'Staff',
  'staff.section.intro':
    'Who can sign in, and what each one may see. Receptionists never see clinical notes, assessments or plans.',
  'staff.section.add': 'Add a member of staff',
  'staff.section.inactive': 'Inactive',
  'staff.section.you': 'you',
  'staff.section.resetPassword': 'Reset password',
  'staff.section.deactivate': 'Deactivate',
  'staff.section.activate': 'Activate',
  'staff.section.newPassword': 'New password',
  'staff.section.save': 'Save',
  'staff.section.cancel': 'Cancel',
  'staff.section.saved': 'Saved.',
  'staff.section.signedOutOn': 'Saved. {name} was signed out on the other computers at once (computers: {count}).',
  'staff.section.signedOutNowhere': 'Saved. {name} was not signed in on any other computer.',
  'staff.section.signedOutLater':
    'Saved. {name} stays signed in where they are until their next reconnection: the server did not let Valgo end their sessions (see the README).',
  'staff.section.confirmDeactivate.title': 'Deactivate {name}?',
  'staff.section.confirmDeactivate.body':
    '{name} will no longer be able to sign in. What they recorded keeps their name. You can activate the account again later.',
  'staff.section.idleLock': 'Lock a window after this many idle minutes',
  'staff.section.idleLockHint':
    'An unused window locks itself; unlocking as the same person continues where they were.',
  'staff.section.listLabel': 'Staff accounts',
} as const;
