import type { backupsEn } from './backups.en';
import type { PluralForms } from './messages';
import { serverBackupsRu } from './server-backups.ru';

/* Русские строки раздела «Настройки → Резервные копии»: все ключи backupsEn, не больше (проверяет `tsc`). */
export const backupsRu: { [K in keyof typeof backupsEn]: (typeof backupsEn)[K] extends string ? string : PluralForms } =
  {
    'settings.section.backups': 'Резервные копии',
    'backups.title': 'Резервные копии',
    'backups.intro':
      'Valgo копирует всю базу данных вместе с выданными памятками при запуске и раз в сутки во время работы. Из этих копий хранятся последние 7 дней и 4 недели; копии, сделанные кнопкой «Сделать копию», остаются, пока вы их не удалите.',
    'backups.folder': 'Папка для копий',
    'backups.folderHint': 'Полный путь, например на внешнем диске. По умолчанию — внутри папки данных.',
    'backups.saveFolder': 'Сохранить папку',
    'backups.browse': 'Обзор…',
    'backups.browseFolder': 'Обзор: папка для копий',
    'backups.chooseFolder': 'Выберите папку для копий',
    'backups.useDefault': 'Папка по умолчанию',
    'backups.folderSaved': 'Папка для копий сохранена',
    'backups.runNow': 'Сделать копию',
    'backups.running': 'Копирование…',
    'backups.done': 'Копия сохранена',
    'backups.empty': 'В этой папке пока нет копий.',
    'backups.column.time': 'Когда',
    'backups.column.kind': 'Вид',
    'backups.column.size': 'Размер',
    'backups.column.actions': 'Действия',
    'backups.kind.auto': 'Автоматическая',
    'backups.kind.manual': 'Сделана вручную',
    'backups.kind.safety': 'Перед восстановлением',
    'backups.kind.migration': 'Перед обновлением',
    'backups.sizeKb': '{value} КБ',
    'backups.sizeMb': '{value} МБ',
    'backups.restore': 'Восстановить…',
    'backups.restoreNamed': 'Восстановить копию от {time}',
    'backups.confirmRestore.title': 'Восстановить копию от {time}?',
    'backups.confirmRestore.body':
      'Всё, что внесено после {time}, будет заменено данными копии. Сначала Valgo сохранит копию текущих данных, чтобы к ним можно было вернуться.',
    'backups.confirmRestore.action': 'Восстановить',
    'backups.restored.title': 'Копия восстановлена',
    'backups.restored.body':
      'Данные теперь такие, как были {time}: детей — {children}, визитов — {visits}, памяток — {booklets} (схема {schema}). Копия данных до восстановления есть в списке.',
    'backups.refused.title': 'Копия не восстановлена',
    'backups.refused.newer-schema':
      'Эта копия сделана более новой версией Valgo. Установите её, чтобы восстановить копию. Ничего не изменено.',
    'backups.refused.corrupt':
      'Копия повреждена: проверка целостности SQLite не пройдена. Ничего не изменено; выберите другую копию.',
    'backups.refused.checksum':
      'Файл копии изменился после создания (SHA-256 не совпадает). Ничего не изменено; выберите другую копию.',
    'backups.refused.unreadable': 'Копию не удаётся прочитать. Ничего не изменено; выберите другую копию.',
    'backups.refused.detail': 'Подробности: {detail}',
    'backups.drill': 'Проверить восстановление',
    'backups.drillNamed': 'Проверить восстановление копии от {time}',
    'backups.drill.running': 'Проверка…',
    'backups.drill.ok': 'Проверка восстановления пройдена',
    'backups.drill.failed': 'Проверка восстановления нашла проблемы',
    'backups.drill.integrity': 'Проверка целостности: {value}',
    'backups.drill.checksum.ok': 'Контрольная сумма: совпадает с описанием копии',
    'backups.drill.checksum.bad': 'Контрольная сумма: не совпадает с описанием копии',
    'backups.drill.checksum.none': 'Контрольная сумма: нет описания копии для сравнения',
    'backups.drill.schema': 'Версия схемы: {value}',
    'backups.drill.pdfs':
      'PDF памяток: проверено {checked}, совпадают с рабочей базой {matching}, повреждены {mismatched}, нет в рабочей базе {missing}',
    'backups.drill.took': 'Заняло {ms} мс; временная копия удалена.',
    'backups.drill.tables': 'Строк в таблицах',
    'backups.drill.table': 'Таблица',
    'backups.drill.inBackup': 'В копии',
    'backups.drill.live': 'Сейчас',
    'backups.drill.differs': 'Числа расходятся там, где строки добавлены или удалены после создания копии.',
    'backups.close': 'Закрыть',
    'validation.absolutePath': 'Укажите полный путь: с / или буквы диска',
    'validation.folderNotWritable': 'Valgo не может записывать в эту папку',
    ...serverBackupsRu,
  };
