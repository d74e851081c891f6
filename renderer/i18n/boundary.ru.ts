import type { boundaryEn } from './boundary.en';

/* Russian messages of the text and date checks: every key of boundaryEn, no more (checked by `tsc`). */
export const boundaryRu: { [K in keyof typeof boundaryEn]: string } = {
  'validation.brokenCharacters': 'В тексте повреждённый символ, его нельзя сохранить; наберите текст заново',
  'validation.invisibleOnly': 'Введите видимый текст: здесь только невидимые символы',
  'validation.dateOutOfRange': 'Укажите год от 1900 до 2200',
  'validation.dateTooFar': 'Выберите дату не дальше 10 лет от сегодняшней',
  'validation.beforeBirth': 'Эта дата раньше даты рождения ребёнка',
  'validation.afterFirstVisit': 'Есть визит раньше этой даты; проверьте дату рождения',
};
