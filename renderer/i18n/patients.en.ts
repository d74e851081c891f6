/* English strings of the patients screens (children list, child form, child record) added with the new base. */
export const patientsEn = {
  'patients.field.middleName': 'Middle name (patronymic)',
  'patients.field.middleNameHint': 'Leave blank if there is none.',
  'patients.phoneReadsAs': 'Reads as {phone}',
  'patients.unarchiveTitle': 'Unarchive {name}?',
  'patients.unarchiveBody': 'The child shows in the children list again. Nothing in the record changes.',
  'patients.empty.hint': 'Tip: the search at the top finds a child by name or by a parent’s phone number.',
} as const;
