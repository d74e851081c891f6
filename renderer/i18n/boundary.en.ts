/* English messages for the text and date checks every input passes (shared/contract/text.ts, dates.ts). */
export const boundaryEn = {
  'validation.brokenCharacters': 'This text holds a broken character that cannot be saved; type it again',
  'validation.invisibleOnly': 'Type some visible text: this holds only invisible characters',
  'validation.dateOutOfRange': 'Enter a year between 1900 and 2200',
  'validation.dateTooFar': 'Choose a date within 10 years of today',
  'validation.beforeBirth': 'This date is before the child’s date of birth',
  'validation.afterFirstVisit': 'A visit is recorded before this date; check the date of birth',
} as const;
