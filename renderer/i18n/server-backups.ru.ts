import type { serverBackupsEn } from './server-backups.en';
import type { PluralForms } from './messages';

/* Русские строки резервных копий сервера практики: все ключи serverBackupsEn, не больше (проверяет `tsc`). */
export const serverBackupsRu: {
  [K in keyof typeof serverBackupsEn]: (typeof serverBackupsEn)[K] extends string ? string : PluralForms;
} = {
  'serverBackups.title': 'Резервные копии сервера практики',
  'serverBackups.intro':
    'Копирует базу данных сервера практики программой pg_dump под вашим собственным логином в папку на этом компьютере, а затем проверяет каждую копию, восстанавливая её во временную базу данных на сервере. Ночные копии делает сам сервер: как их настроить, описано в README.',
  'serverBackups.tools': 'Программы на этом компьютере',
  'serverBackups.server': 'Сервер: PostgreSQL {version}',
  'serverBackups.toolFound': '{name} {version}',
  'serverBackups.toolMissing': '{name}: не установлена',
  'serverBackups.install.title': 'Нужны клиентские программы PostgreSQL',
  'serverBackups.install.body':
    'На этом компьютере должны быть установлены pg_dump и pg_restore версии {major} или новее. Установите пакет {package} (Debian/Ubuntu: sudo apt-get install {package}; Windows или macOS: программы командной строки PostgreSQL {major}) и откройте эту страницу снова.',
  'serverBackups.folderHint': 'Полный путь на этом компьютере. По умолчанию — внутри папки данных.',
  'serverBackups.runNow': 'Сделать копию',
  'serverBackups.running': 'Идёт копирование…',
  'serverBackups.drilling': 'Идёт проверка восстановлением…',
  'serverBackups.step.snapshot': 'Фиксируем согласованный снимок и считаем строки',
  'serverBackups.step.dump': 'Выгружаем базу данных (pg_dump)',
  'serverBackups.step.roles': 'Сохраняем логины сотрудников и групповые роли',
  'serverBackups.step.check': 'Проверяем SHA-256 и содержимое копии',
  'serverBackups.step.restore': 'Восстанавливаем во временную базу данных',
  'serverBackups.step.count': 'Сравниваем число строк',
  'serverBackups.empty': 'В этой папке пока нет копий сервера.',
  'serverBackups.column.time': 'Сделана',
  'serverBackups.column.size': 'Размер',
  'serverBackups.column.verdict': 'Проверка',
  'serverBackups.column.actions': 'Действия',
  'serverBackups.verdict.ok': 'Пройдена',
  'serverBackups.verdict.failed': 'Не пройдена',
  'serverBackups.verdict.unchecked': 'Не проверялась',
  'serverBackups.drill': 'Проверить восстановлением',
  'serverBackups.drillNamed': 'Проверить восстановлением копию от {time}',
  'serverBackups.report.title': 'Копия сервера сохранена',
  'serverBackups.report.failedTitle': 'Копия сервера сохранена, но проверка восстановлением не пройдена',
  'serverBackups.report.size': 'Размер: {size}',
  'serverBackups.report.sha256': 'SHA-256: {value}',
  'serverBackups.report.roles.saved': 'Логины сотрудников и групповые роли: сохранены (с паролями)',
  'serverBackups.report.roles.noPasswords':
    'Логины сотрудников и групповые роли: сохранены без паролей (вашему логину они недоступны); после восстановления задайте новые пароли.',
  'serverBackups.report.roles.none': 'Логины сотрудников и групповые роли: не сохранены',
  'serverBackups.drill.ok': 'Проверка пройдена: в каждой таблице столько же строк, сколько в копии',
  'serverBackups.drill.failed': 'Проверка восстановлением не пройдена',
  'serverBackups.drill.summary':
    'Восстановлено таблиц: {tables}, записей в архиве: {entries}, за {ms} мс; временная база данных удалена.',
  'serverBackups.drill.problem': 'Что пошло не так: {detail}',
  'serverBackups.drill.table': 'Таблица',
  'serverBackups.drill.expected': 'В копии',
  'serverBackups.drill.restored': 'Восстановлено',
};
