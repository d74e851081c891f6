import { test, expect } from './valgo-server';
import { call, dateText, daysFromToday, pickerField, seedDueChild } from './page-api';

/*
 * The Russian clinic: the language is switched in Settings, the date format set to DD.MM.YYYY,
 * and every screen on the way reads Russian, with dates in pickers as 09.03.2026.
 */

test('Russian UI: settings, children, child, diary, recall, with DD.MM.YYYY dates in the pickers', async ({
  page,
  openApp,
}) => {
  test.setTimeout(120_000);
  await openApp('#/settings');
  const { childId } = await seedDueChild(page);
  const base = page.url().replace(/#.*$/, '');
  await page.reload();

  // Settings → Language: Russian at once, the whole app.
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { name: 'Настройки', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

  // The clinic's date format: day.month.year.
  const clinic = page.getByRole('form', { name: 'Клиника' });
  await clinic.getByLabel('Формат даты').selectOption('DD.MM.YYYY');
  await expect(clinic).toContainText(`Сегодня: ${dateText(daysFromToday(0), 'DD.MM.YYYY')}`);
  await clinic.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expect
    .poll(async () => (await call<{ dateFormat: string }>(page, 'settings:get', {})).dateFormat)
    .toBe('DD.MM.YYYY');

  // Children.
  await page.getByRole('link', { name: 'Дети' }).first().click();
  await expect(page.getByRole('heading', { name: 'Дети', level: 1 })).toBeVisible();
  await page.getByText('Sokolova Mia').first().click();

  // The child: surname first, and the Russian actions.
  await expect(page).toHaveURL(new RegExp(`#/children/${childId}$`));
  await expect(page.getByRole('heading', { name: 'Sokolova Mia', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Записать осмотр' })).toBeVisible();

  // The assessment form: its date picker reads today as DD.MM.YYYY.
  await page.getByRole('link', { name: 'Записать осмотр' }).click();
  await expect(page.getByRole('heading', { name: 'Запись осмотра' })).toBeVisible();
  const visitDate = pickerField(page.getByLabel('Дата осмотра'));
  await expect(visitDate.locator('input')).toHaveValue(dateText(daysFromToday(0), 'DD.MM.YYYY'));
  await expect(visitDate.getByRole('spinbutton').first()).toHaveAttribute('aria-valuemax', '31');
  await page.goto(`${base}#/diary`);
  const discard = page.getByRole('button', { name: /Не сохранять|Уйти|Выйти/ });
  if (await discard.isVisible().catch(() => false)) await discard.click();

  // The diary: Russian heading and views; the new-visit dialog's date reads DD.MM.YYYY.
  await expect(page.getByRole('heading', { name: 'Расписание', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Неделя' })).toBeVisible();
  await page.getByRole('button', { name: 'Новый приём' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый приём' });
  await expect(dialog).toBeVisible();
  const date = pickerField(dialog.getByLabel('Дата'));
  await expect(date.locator('input')).toHaveValue(/^\d{2}\.\d{2}\.\d{4}$/);
  await expect(date.getByRole('spinbutton').first()).toHaveAttribute('aria-valuemax', '31');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Recall: the family to call, in Russian.
  await page.getByRole('link', { name: 'Обзвон' }).first().click();
  await expect(page.getByRole('heading', { name: 'Обзвон', level: 1 })).toBeVisible();
  const row = page.getByRole('table', { name: 'Кому позвонить' }).getByRole('row', { name: 'Sokolova Mia' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Ещё не звонили');

  // Back to Settings: still Russian, after a reload too.
  await page.getByRole('link', { name: 'Настройки' }).first().click();
  await expect(page.getByRole('heading', { name: 'Настройки', level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Настройки', level: 1 })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Клиника' }).getByLabel('Формат даты')).toHaveValue('DD.MM.YYYY');
});
