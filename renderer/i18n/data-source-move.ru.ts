import type { dataSourceMoveEn } from './data-source-move.en';

type DataSourceMoveMessages = { [K in keyof typeof dataSourceMoveEn]: string };

/* Russian strings of Settings → Data source → moving this computer's records to a practice server. */
export const dataSourceMoveRu: DataSourceMoveMessages = {
  'dataSourceMove.title': 'Перенести записи этого компьютера на сервер практики',
  'dataSourceMove.intro':
    'Копирует все записи и архивные памятки с этого компьютера в пустую базу сервера практики, подготовленную для переноса (server:setup с --for-move), проверяет каждую таблицу и создаёт логин на сервере для каждого активного сотрудника. Файл на этом компьютере не изменяется.',
  'dataSourceMove.open': 'Перенести записи этого компьютера на сервер практики…',
  'dataSourceMove.ownerLogin': 'Логин владельца сервера',
  'dataSourceMove.ownerLoginHint':
    'Суперпользователь сервера (например, postgres). Только для этого переноса, не сохраняется.',
  'dataSourceMove.ownerPassword': 'Пароль владельца сервера',
  'dataSourceMove.adminLogin': 'Администратор, который первым войдёт на сервер',
  'dataSourceMove.adminPassword': 'Его новый пароль на сервере',
  'dataSourceMove.adminPasswordAgain': 'Новый пароль ещё раз',
  'dataSourceMove.start': 'Перенести записи',
  'dataSourceMove.cancel': 'Отмена',
  'dataSourceMove.running': 'Перенос… окно продолжает работать; не закрывайте Valgo.',
  'dataSourceMove.phase.check': 'Проверка файла и сервера',
  'dataSourceMove.phase.copy': 'Копирование {table}',
  'dataSourceMove.phase.sequences': 'Продолжение нумерации записей',
  'dataSourceMove.phase.search': 'Перестроение поискового индекса',
  'dataSourceMove.phase.logins': 'Создание логинов сотрудников',
  'dataSourceMove.phase.verify': 'Проверка {table}',
  'dataSourceMove.ok': 'Перенос завершён и проверен.',
  'dataSourceMove.failed': 'Сервер НЕ совпадает с этим компьютером: не используйте его. См. таблицу ниже.',
  'dataSourceMove.table': 'Таблица',
  'dataSourceMove.here': 'Этот компьютер',
  'dataSourceMove.server': 'Сервер',
  'dataSourceMove.check': 'Проверка',
  'dataSourceMove.match': 'совпадает',
  'dataSourceMove.mismatch': 'ОТЛИЧАЕТСЯ',
  'dataSourceMove.pdfs': 'Архивные памятки: {count}, {verdict}',
  'dataSourceMove.pdfsOk': 'каждая совпадает со своей контрольной суммой',
  'dataSourceMove.pdfsBad': 'НЕ все совпадают',
  'dataSourceMove.auditHere': 'Цепочка журнала на этом компьютере: {verdict}, записей: {count}',
  'dataSourceMove.auditServer': 'Цепочка журнала на сервере: {verdict}, записей: {count}',
  'dataSourceMove.intact': 'цела',
  'dataSourceMove.broken': 'нарушена',
  'dataSourceMove.logins': 'Логины на сервере',
  'dataSourceMove.login.admin': '{login}: создан для {name}, с новым паролем',
  'dataSourceMove.login.created': '{login}: создан для {name}, пароля пока нет',
  'dataSourceMove.login.loginTaken': '{login}: не создан для {name}: такой логин уже есть на сервере',
  'dataSourceMove.login.invalidLogin':
    'Нет логина для {name}: это имя пользователя не может быть логином сервера; добавьте сотрудника заново на сервере',
  'dataSourceMove.passwordsNext':
    'После переключения администратор задаёт пароли остальным в Настройки → Сотрудники → Сбросить пароль.',
  'dataSourceMove.switch': 'Использовать этот сервер со следующего запуска',
  'dataSourceMove.error.mismatch': 'Пароли не совпадают.',
  'dataSourceMove.error.notMovedAdmin': 'Выберите активного администратора этого компьютера.',
  'dataSourceMove.error.invalidLogin': 'Это имя пользователя не может быть логином сервера (a-z, цифры, _).',
  'dataSourceMove.error.loginTaken': 'Логин с таким именем уже есть на сервере.',
  'dataSourceMove.error.wrongOwner': 'Сервер отклонил этот логин или пароль.',
  'dataSourceMove.error.notOwner':
    'Этот логин не может действовать как владелец базы: используйте суперпользователя сервера.',
  'dataSourceMove.error.notSetUpForMove': 'Эта база не подготовлена для переноса (server:setup с --for-move).',
  'dataSourceMove.error.notEmpty':
    'В этой базе уже есть записи (таблица {tables}): практика переносится только в пустую базу.',
  'dataSourceMove.error.schemaMismatch': 'На сервере и на этом компьютере разные версии Valgo.',
  'dataSourceMove.error.databaseNotFound': 'На этом сервере нет такой базы данных.',
  'dataSourceMove.error.serverUnreachable': 'Не удалось связаться с сервером практики.',
  'dataSourceMove.error.certificateRejected': 'Сертификат сервера не соответствует ЦС практики.',
  'dataSourceMove.error.tlsRequired': 'Для сервера на другом компьютере нужен сертификат ЦС практики.',
};
