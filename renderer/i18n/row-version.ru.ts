import type { rowVersionEn } from './row-version.en';

type RowVersionMessages = { [K in keyof typeof rowVersionEn]: string };

/* Russian strings of a save refused because someone saved the record first (row versions). */
export const rowVersionRu: RowVersionMessages = {
  'stale.byAt':
    'Пока запись была открыта, её изменил(а) {name} ({time}). Ваши изменения сохранились на экране: проверьте их и сохраните ещё раз.',
  'stale.at':
    'Пока запись была открыта, её изменили на другом рабочем месте ({time}). Ваши изменения сохранились на экране: проверьте их и сохраните ещё раз.',
  'stale.unknown':
    'Пока запись была открыта, её изменили на другом рабочем месте. Ваши изменения сохранились на экране: проверьте их и сохраните ещё раз.',
  'stale.loadTheirs': 'Загрузить их версию',
};
