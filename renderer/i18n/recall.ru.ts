import type { recallEn } from './recall.en';
import type { PluralForms } from './messages';

/* Russian strings of the recall screen: every key of recallEn, no more (checked by `tsc`). */
export const recallRu: { [K in keyof typeof recallEn]: (typeof recallEn)[K] extends string ? string : PluralForms } = {
  'recall.callInFuture': 'Дата звонка не может быть в будущем',
  'recall.field.contactedOn': 'Дата звонка',
  'recall.empty.showAll': 'Показать всех, кому пора',
  'recall.empty.allClinicians': 'Показать семьи всех врачей',
};
