/* English strings of the recall screen added with its move to the shared data layer (the rest are in diary.en.ts). */
export const recallEn = {
  'recall.callInFuture': 'The call cannot be on a future date',
  'recall.field.contactedOn': 'Date of the call',
  'recall.empty.showAll': 'Show all families due',
  'recall.empty.allClinicians': 'Show every clinician’s families',
};
