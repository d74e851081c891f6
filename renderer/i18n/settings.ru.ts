import type { PluralForms } from './messages';
import type { settingsEn } from './settings.en';

/* Русские строки новых частей экрана «Настройки» и списка первых шагов. */
export const settingsRu: {
  [K in keyof typeof settingsEn]: (typeof settingsEn)[K] extends string ? string : PluralForms;
} = {
  'settings.sections': 'Разделы настроек',
  'settings.section.clinic': 'Клиника',
  'settings.section.booklets': 'Памятки',
  'settings.section.clinicians': 'Специалисты',
  'settings.section.diary': 'Расписание',
  'settings.section.about': 'О программе',
  'settings.clinicHint': 'Печатается в памятках, карточках записи и списке на день.',
  'settings.dateFormat': 'Формат даты',
  'settings.dateFormatExample': 'Сегодня: {date}',
  'settings.country': 'Страна',
  'settings.countryHint': 'Номера телефонов без кода страны считаются номерами этой страны.',
  'settings.loadFailed': 'Не удалось загрузить настройки.',
  'clinicians.confirmDeactivate.title': 'Отключить специалиста {name}?',
  'clinicians.confirmDeactivate.body':
    '{name} больше не будет предлагаться для новых осмотров и записей. В прошлых осмотрах, памятках и визитах имя сохранится, а уже назначенные визиты останутся в расписании.',
  'clinicians.upcomingVisits': {
    one: 'На ближайшие шесть недель к специалисту {name} записан {count} визит.',
    few: 'На ближайшие шесть недель к специалисту {name} записано {count} визита.',
    many: 'На ближайшие шесть недель к специалисту {name} записано {count} визитов.',
    other: 'На ближайшие шесть недель к специалисту {name} записано {count} визита.',
  },
  'diarySetup.types.confirmDeactivate.title': 'Отключить «{name}»?',
  'diarySetup.types.confirmDeactivate.body':
    'Этот вид приёма больше не будет предлагаться для новых записей. Уже назначенные визиты «{name}» сохранят свой вид.',
  'diarySetup.hours.interval': '{day}, часы {n}',
  'diarySetup.hours.start': 'С',
  'diarySetup.hours.end': 'До',
  'diarySetup.hours.saveFirst': 'Сохраните или отмените изменения, прежде чем выбрать другого специалиста.',
  'diarySetup.hours.addClinician': 'Добавить специалиста',
  'checklist.title': 'С чего начать',
  'checklist.hint': 'Три настройки, которые нужны до приёма первой семьи.',
  'checklist.progress': 'Готово: {done} из {count}',
  'checklist.listLabel': 'Шаги настройки',
  'checklist.clinic': 'Укажите название клиники',
  'checklist.clinician': 'Добавьте специалиста',
  'checklist.hours': 'Задайте часы работы',
  'checklist.done': 'готово',
  'checklist.todo': 'нужно сделать',
};
