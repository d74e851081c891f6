import type { dataSourceEn } from './data-source.en';

type DataSourceMessages = { [K in keyof typeof dataSourceEn]: string };

/* Russian strings of the data-source choice (first run and Settings → Data source). */
export const dataSourceRu: DataSourceMessages = {
  'settings.section.data-source': 'Источник данных',
  'dataSource.title': 'Где практика хранит данные?',
  'dataSource.intro': 'Это можно изменить позже в настройках. Выбор вступает в силу после перезапуска Valgo.',
  'dataSource.server': 'Сервер практики',
  'dataSource.serverHint':
    'Несколько рабочих мест работают с одним сервером PostgreSQL, настроенным командой установки Valgo. Каждый входит под своим логином.',
  'dataSource.back': 'Назад',
  'dataSource.localDefault': 'Данные: только этот компьютер.',
  'dataSource.useServer': 'Подключиться к серверу практики',
  'dataSource.host': 'Адрес сервера',
  'dataSource.port': 'Порт',
  'dataSource.database': 'База данных',
  'dataSource.caFile': 'Файл сертификата ЦС практики (PEM)',
  'dataSource.caFileHint': 'Полный путь. Нужен, если сервер работает не на этом компьютере.',
  'dataSource.browse': 'Обзор…',
  'dataSource.browseCaFile': 'Обзор: файл сертификата ЦС',
  'dataSource.chooseCaFile': 'Выберите файл сертификата ЦС практики',
  'dataSource.testLogin': 'Ваш логин (только для проверки, не сохраняется)',
  'dataSource.testPassword': 'Пароль (только для проверки, не сохраняется)',
  'dataSource.test': 'Проверить подключение',
  'dataSource.testing': 'Проверяем…',
  'dataSource.save': 'Использовать этот сервер',
  'dataSource.saveLocal': 'Использовать только этот компьютер',
  'dataSource.saved': 'Сохранено. Закройте Valgo и откройте снова, чтобы переключиться.',
  'dataSource.restartNeeded':
    'Valgo пока работает с прежним источником данных. Закройте программу и откройте снова; ничего не копируется и не удаляется.',
  'dataSource.current': 'Сейчас используется',
  'dataSource.chosen': 'При следующем запуске',
  'dataSource.localNow': 'Только этот компьютер (файл в папке данных Valgo)',
  'dataSource.serverNow': 'Сервер практики {where}',
  'dataSource.signingInTo': 'Вход на сервер практики {where}',
  'dataSource.signedOut.deactivated': 'Администратор отключил вашу учётную запись.',
  'dataSource.signedOut.passwordReset':
    'Администратор сбросил ваш пароль (или его сменили на другом рабочем месте). Войдите с новым паролем.',
  'dataSource.sectionIntro':
    'Переключение не копирует данные: файл на этом компьютере остаётся нетронутым. Перенос данных практики на сервер — отдельный шаг.',
  'dataSource.onlyAdmin': 'Менять источник данных может только администратор.',
  'dataSource.report.reachable': 'Сервер отвечает',
  'dataSource.report.tls': 'Сертификат проверен',
  'dataSource.report.noTls': 'Без шифрования (только этот компьютер)',
  'dataSource.report.version': 'PostgreSQL {server}, схема Valgo {schema} (эта версия: {app})',
  'dataSource.error.invalidHost': 'Только буквы, цифры, точки и дефисы.',
  'dataSource.error.invalidDatabase': 'Только строчные латинские буквы, цифры и _, в начале буква.',
  'dataSource.error.absolutePath': 'Укажите полный путь к файлу.',
  'dataSource.error.port': 'Порт — число от 1 до 65535.',
  'dataSource.error.unreadable': 'По этому пути нет файла, который Valgo может прочитать.',
  'dataSource.error.notCertificate': 'В этом файле нет сертификата PEM (-----BEGIN CERTIFICATE-----).',
};
