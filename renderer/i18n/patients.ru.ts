import type { patientsEn } from './patients.en';

/* Русские строки экранов пациентов (список детей, карточка ребёнка, форма). */
export const patientsRu: Record<keyof typeof patientsEn, string> = {
  'patients.field.middleName': 'Отчество',
  'patients.field.middleNameHint': 'Оставьте пустым, если отчества нет.',
  'patients.phoneReadsAs': 'Номер распознан: {phone}',
  'patients.unarchiveTitle': 'Вернуть из архива: {name}?',
  'patients.unarchiveBody': 'Ребёнок снова появится в списке детей. В карточке ничего не изменится.',
  'patients.empty.hint': 'Подсказка: поиск вверху находит ребёнка по имени или по телефону родителя.',
};
