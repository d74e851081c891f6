import type { staffEn } from './staff.en';

type StaffMessages = {
  [K in keyof typeof staffEn]: (typeof staffEn)[K] extends string
    ? string
    : { one: string; few: string; many: string; other: string };
};

/* Russian strings of sign-in, the lock, the user menu and Settings → Staff. */
export const staffRu: StaffMessages = {
  'staff.role.admin': 'Администратор',
  'staff.role.clinician': 'Врач',
  'staff.role.receptionist': 'Регистратор',
  'staff.name': 'Имя и фамилия',
  'staff.username': 'Имя пользователя',
  'staff.password': 'Пароль',
  'staff.passwordHint': 'Не короче 8 символов. Короткую фразу легко запомнить.',
  'staff.role': 'Роль',

  'staff.setup.title': 'Создайте администратора',
  'staff.setup.intro':
    'В Valgo хранятся медицинские записи детей, поэтому все входят под своим именем. Сначала создайте администратора: затем он добавит врачей и регистраторов.',
  'staff.setup.submit': 'Создать администратора',
  'staff.recovery.title': 'Сохраните код восстановления',
  'staff.recovery.intro':
    'Если администратор забудет пароль, этот код позволит задать новый. Он показывается только сейчас: запишите или распечатайте его и храните в надёжном месте.',
  'staff.recovery.code': 'Код восстановления',
  'staff.recovery.ack': 'Я записал(а) код восстановления',
  'staff.recovery.continue': 'Продолжить',

  'staff.signIn.title': 'Вход в Valgo',
  'staff.signIn.submit': 'Войти',
  'staff.signIn.failed': 'Не удалось войти. Проверьте имя пользователя и пароль.',

  'staff.recover.link': 'Забыли пароль администратора?',
  'staff.recover.title': 'Новый пароль администратора',
  'staff.recover.intro':
    'Введите имя пользователя администратора и код восстановления, сохранённый при настройке Valgo.',
  'staff.recover.submit': 'Задать новый пароль',

  'staff.lock.title': 'Valgo заблокирован',
  'staff.lock.intro': 'Вошёл пользователь {name}. Введите пароль, чтобы продолжить с того же места.',
  'staff.lock.unlock': 'Разблокировать',
  'staff.lock.switchUser': 'Сменить пользователя',
  'staff.lock.switchHint': 'При смене пользователя несохранённые изменения {name} будут потеряны.',

  'staff.menu.label': 'Вход выполнен: {name}',
  'staff.menu.lockNow': 'Заблокировать',
  'staff.menu.switchUser': 'Сменить пользователя',
  'staff.menu.signOut': 'Выйти',

  'staff.error.wrongCredentials': 'Неверное имя пользователя или пароль',
  'staff.error.wrongPassword': 'Неверный пароль',
  'staff.error.tooManyAttempts': 'Слишком много неверных паролей. Подождите минуту и попробуйте снова',
  'staff.error.usernameTaken': 'Это имя пользователя уже занято',
  'staff.error.invalidUsername': 'Используйте буквы, цифры, точку, дефис или подчёркивание',
  'staff.error.tooShort': {
    one: 'Не короче {count} символа',
    few: 'Не короче {count} символов',
    many: 'Не короче {count} символов',
    other: 'Не короче {count} символа',
  },
  'staff.error.wrongRecoveryCode': 'Код восстановления не подходит',

  'error.SIGNED_OUT': 'Войдите снова.',
  'error.LOCKED': 'Окно заблокировано. Разблокируйте его, чтобы продолжить.',
  'error.DENIED': 'Ваша роль этого не позволяет. Если нужно, обратитесь к администратору.',

  'staff.notAllowed.title': 'Недоступно для вашей роли',
  'staff.notAllowed.body': 'Ваша роль ({role}) не включает этот экран. Если он нужен, обратитесь к администратору.',

  'settings.section.staff': 'Сотрудники',
  'staff.section.title': 'Сотрудники',
  'staff.section.intro':
    'Кто может входить в программу и что видит каждый. Регистраторы никогда не видят медицинские заметки, осмотры и планы.',
  'staff.section.add': 'Добавить сотрудника',
  'staff.section.inactive': 'Не активен',
  'staff.section.you': 'вы',
  'staff.section.resetPassword': 'Сбросить пароль',
  'staff.section.deactivate': 'Отключить',
  'staff.section.activate': 'Включить',
  'staff.section.newPassword': 'Новый пароль',
  'staff.section.save': 'Сохранить',
  'staff.section.cancel': 'Отмена',
  'staff.section.saved': 'Сохранено.',
  'staff.section.signedOutOn':
    'Сохранено. Сеансы сотрудника «{name}» на других компьютерах сразу завершены (компьютеров: {count}).',
  'staff.section.signedOutNowhere': 'Сохранено. У сотрудника «{name}» не было открытых сеансов на других компьютерах.',
  'staff.section.signedOutLater':
    'Сохранено. Сеансы сотрудника «{name}» завершатся при следующем подключении: сервер не разрешил Valgo завершить их сразу (см. README).',
  'staff.section.confirmDeactivate.title': 'Отключить {name}?',
  'staff.section.confirmDeactivate.body':
    '{name} больше не сможет войти. Записи этого сотрудника сохранят его имя. Учётную запись можно снова включить позже.',
  'staff.section.idleLock': 'Блокировать окно после стольких минут бездействия',
  'staff.section.idleLockHint':
    'Неиспользуемое окно блокируется само; тот же сотрудник после разблокировки продолжит с того же места.',
  'staff.section.listLabel': 'Учётные записи сотрудников',
};
