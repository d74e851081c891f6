import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './valgo-server';
import { call, daysFromToday, seedChild, seedDueChild } from './page-api';

/*
 * An axe scan (WCAG 2.0/2.1 A and AA) of every screen with data in it, in English and Russian.
 * Every finding of any impact is printed (and written to /tmp/shots/a11y-findings.txt); serious
 * and critical ones fail the test. Each screen is also photographed at 1366×768 into /tmp/shots.
 */

const SHOTS = '/tmp/shots';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  target: string;
  help: string;
  /** The element's opening tag and axe's own words (e.g. the contrast ratio found). */
  detail: string;
}

class Scanner {
  readonly findings: Finding[] = [];
  constructor(private readonly page: Page) {
    fs.mkdirSync(SHOTS, { recursive: true });
  }

  /** Scans the page (or the part `include` selects) and photographs it as `name`. */
  async scan(name: string, include?: string): Promise<void> {
    // Let transitions (dialogs, toasts, ripples) settle before judging colours.
    await this.page.waitForTimeout(400);
    const builder = new AxeBuilder({ page: this.page }).withTags(TAGS);
    if (include) builder.include(include);
    const result = await builder.analyze();
    for (const v of result.violations) {
      for (const node of v.nodes) {
        this.findings.push({
          screen: name,
          rule: v.id,
          impact: v.impact ?? 'unknown',
          target: node.target.map(String).join(' '),
          help: v.help,
          detail: `${node.html.slice(0, 160)} — ${(node.any[0] ?? node.all[0] ?? node.none[0])?.message ?? ''}`,
        });
      }
    }
    await this.page.screenshot({ path: `${SHOTS}/${name}.png` });
  }

  /** Prints every finding and fails on serious or critical ones. */
  report(file: string): void {
    const lines = this.findings.map(
      (f) => `${f.screen} | ${f.rule} | ${f.impact} | ${f.target} | ${f.help} | ${f.detail}`,
    );
    const text = lines.length ? lines.join('\n') : 'no findings';
    fs.writeFileSync(`${SHOTS}/${file}`, text + '\n');
    console.log(`axe findings (${this.findings.length}):\n${text}`);
    const blocking = this.findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
    expect(
      blocking.map((f) => `${f.screen} | ${f.rule} | ${f.target}`),
      'serious or critical axe violations',
    ).toEqual([]);
  }
}

/** A past visit still marked booked (for the close-out tab) and one ahead (for the diary). */
async function seedVisits(page: Page, patientId: number, clinicianId: number) {
  const [type] = await call<{ id: number }[]>(page, 'appointment-types:list', {});
  const book = (date: string, time: string) =>
    call<{ appointment: { id: number } }>(page, 'appointments:create', {
      patientId,
      clinicianId,
      typeId: type!.id,
      start: { date, time },
      note: 'Bring the insoles',
    });
  await book(daysFromToday(-3), '10:00');
  return book(daysFromToday(1), '11:00');
}

async function go(page: Page, hash: string) {
  await page.goto(page.url().replace(/#.*$/, '') + hash);
}

test.use({ viewport: { width: 1366, height: 768 } });

test('axe: every screen in English', async ({ page, openApp }) => {
  test.setTimeout(300_000);
  const axe = new Scanner(page);
  await openApp('#/children');
  await expect(page.getByText('No children yet')).toBeVisible({ timeout: 15_000 });
  await axe.scan('en-children-empty');

  const { childId, clinicianId } = await seedDueChild(page);
  await seedChild(page, 'Leo', 'Horvat');
  await seedVisits(page, childId, clinicianId);
  const planStart = daysFromToday(-14);

  await page.reload();
  await expect(page.getByText('Sokolova, Mia').first()).toBeVisible();
  await axe.scan('en-children');

  await go(page, '#/children/new');
  await expect(page.getByLabel('First name')).toBeVisible();
  await axe.scan('en-child-new');

  await go(page, `#/children/${childId}`);
  await expect(page.getByRole('heading', { name: 'Mia Sokolova', level: 1 })).toBeVisible();
  await expect(page.getByTestId('angle-chart')).toBeVisible();
  await axe.scan('en-child');

  await go(page, `#/children/${childId}/assess`);
  await expect(page.getByRole('heading', { name: 'Record assessment' })).toBeVisible();
  await axe.scan('en-assessment');

  await go(page, `#/children/${childId}/booklet`);
  await expect(page.getByRole('heading', { name: 'Prepare booklet' })).toBeVisible();
  await expect(page.getByText(/^\d+ pages$/)).toBeVisible({ timeout: 30_000 });
  await axe.scan('en-booklet');

  await go(page, `#/children/${childId}/book`);
  await expect(page.getByRole('heading', { name: 'Book follow-ups' })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Check-ups of the plan' }).getByRole('radio', { checked: true }).first(),
  ).toBeVisible({ timeout: 15_000 });
  await axe.scan('en-book-followups');

  await go(page, `#/diary?date=${daysFromToday(1)}`);
  await expect(page.getByRole('heading', { name: 'Diary', level: 1 })).toBeVisible();
  await expect(page.locator('[data-visit]').first()).toBeVisible();
  await axe.scan('en-diary-day');

  await page.locator('[data-visit]').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await axe.scan('en-diary-visit-details');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'New visit' }).click();
  await expect(page.getByRole('dialog', { name: 'New visit' })).toBeVisible();
  await axe.scan('en-diary-visit-new');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'Week' }).click();
  await expect(page.locator('[data-column]')).toHaveCount(7);
  await axe.scan('en-diary-week');

  await go(page, '#/recall');
  await expect(page.getByRole('row', { name: 'Mia Sokolova' })).toBeVisible();
  await axe.scan('en-recall');

  await page
    .getByRole('row', { name: 'Mia Sokolova' })
    .getByRole('button', { name: /^Log a call/ })
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await axe.scan('en-recall-log-call');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('tab', { name: /^Close out past visits/ }).click();
  await expect(page.getByRole('tab', { name: /^Close out past visits/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('Sokolova');
  await axe.scan('en-recall-close-out');

  await go(page, `#/children/${childId}/courses/${planStart}/1`);
  await expect(page.getByRole('heading', { name: /^Calendar page: course 1 of / })).toBeVisible();
  await axe.scan('en-returned-calendar');

  for (const section of ['clinic', 'booklets', 'clinicians', 'diary', 'about']) {
    await go(page, `#/settings/${section}`);
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await expect(page.locator(`#settings-${section}`)).toBeVisible();
    await page.waitForTimeout(300);
    await axe.scan(`en-settings-${section}`, `#settings-${section}`);
  }

  axe.report('a11y-findings-en.txt');
});

test('axe: children, child, diary and recall in Russian', async ({ page, openApp }) => {
  test.setTimeout(180_000);
  const axe = new Scanner(page);
  await openApp('#/children');
  await call(page, 'settings:update', { language: 'ru', dateFormat: 'DD.MM.YYYY' });
  const { childId, clinicianId } = await seedDueChild(page);
  await seedChild(page, 'Лев', 'Орлов');
  await seedVisits(page, childId, clinicianId);
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Дети', level: 1 })).toBeVisible();
  await expect(page.getByText('Орлов Лев').first()).toBeVisible();
  await axe.scan('ru-children');

  await go(page, '#/children/new');
  await expect(page.getByLabel('Дата рождения').first()).toBeVisible();
  await axe.scan('ru-child-new');

  await go(page, `#/children/${childId}`);
  await expect(page.getByRole('heading', { name: 'Sokolova Mia', level: 1 })).toBeVisible();
  await axe.scan('ru-child');

  await go(page, `#/diary?date=${daysFromToday(1)}`);
  await expect(page.getByRole('heading', { name: 'Расписание', level: 1 })).toBeVisible();
  await expect(page.locator('[data-visit]').first()).toBeVisible();
  await axe.scan('ru-diary-day');

  await page.getByRole('button', { name: 'Новый приём' }).click();
  await expect(page.getByRole('dialog', { name: 'Новый приём' })).toBeVisible();
  await axe.scan('ru-diary-visit-new');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'Неделя' }).click();
  await expect(page.locator('[data-column]')).toHaveCount(7);
  await axe.scan('ru-diary-week');

  await go(page, '#/recall');
  await expect(page.getByRole('heading', { name: 'Обзвон', level: 1 })).toBeVisible();
  await expect(page.getByRole('row', { name: 'Sokolova Mia' })).toBeVisible();
  await axe.scan('ru-recall');

  await go(page, '#/settings/clinic');
  await expect(page.getByRole('heading', { name: 'Настройки', level: 1 })).toBeVisible();
  await axe.scan('ru-settings');

  axe.report('a11y-findings-ru.txt');
});
