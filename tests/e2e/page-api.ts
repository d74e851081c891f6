import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, type Locator, type Page } from '@playwright/test';

/** Calls a channel from the page, through the same HTTP bridge the app uses (test set-up and checks only). */
export async function call<T>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ channel, input }) => {
      const response = await fetch(`api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          // The per-run token the app took from the printed address (renderer/api.ts).
          Authorization: `Bearer ${sessionStorage.getItem('valgo-token') ?? ''}`,
        },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
      if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
      return envelope.value;
    },
    { channel, input },
  ) as Promise<T>;
}

/** All the text of a PDF, page after page. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages.join('\n');
}

/** Test set-up through the real channels: Dr Irina Volkova. */
export function seedClinician(page: Page, phone = '+7 495 123-45-67'): Promise<{ id: number }> {
  return call(page, 'clinicians:create', {
    name: 'Dr Irina Volkova',
    title: 'Pediatric orthopedist',
    phone,
    active: true,
  });
}

/** A child born 12 Apr 2021 with their mother as the main contact (English). */
export function seedChild(page: Page, firstName = 'Mia', lastName = 'Sokolova'): Promise<{ id: number }> {
  return call(page, 'patients:create', {
    firstName,
    lastName,
    dateOfBirth: '2021-04-12',
    sex: 'female',
    notes: '',
    guardians: [
      {
        name: `Olga ${lastName}`,
        relationship: 'mother',
        phone: '+7 912 345-67-89',
        email: '',
        preferredLanguage: 'en',
        contactConsent: true,
      },
    ],
  });
}

/** An assessment of both feet with the given degrees (flexible, clinical examination). */
export function seedAssessment(
  page: Page,
  a: { patientId: number; clinicianId: number; assessedOn: string; left: number; right: number; heelAngle?: number },
): Promise<{ id: number }> {
  const foot = (degree: number) => ({ degree, method: 'clinical', flexible: 'yes', heelAngle: a.heelAngle ?? null });
  return call(page, 'assessments:create', {
    patientId: a.patientId,
    clinicianId: a.clinicianId,
    assessedOn: a.assessedOn,
    left: foot(a.left),
    right: foot(a.right),
    redFlags: [],
    weightKg: null,
    heightCm: null,
    overweight: false,
    notes: '',
  });
}

/** The clinic's date formats (settings.dateFormat). */
export type DateFormat = 'DD.MM.YYYY' | 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'YYYY-MM-DD';

/** An ISO date as the clinic's format writes it: 2021-04-12 → 12/04/2021. */
export function dateText(iso: string, format: DateFormat = 'DD/MM/YYYY'): string {
  const [y, m, d] = iso.split('-');
  return format.replace('YYYY', y!).replace('MM', m!).replace('DD', d!);
}

/**
 * The sectioned MUI X field (the role "group" holding one spinbutton per section) among what
 * `locator` matched: `getByLabel` finds both the group and its hidden input.
 */
export function pickerField(locator: Locator): Locator {
  return locator.filter({ has: locator.page().getByRole('spinbutton') }).first();
}

/** Types `digits` into one section: focus it, clear it, type. */
async function typeSection(section: Locator, digits: string): Promise<void> {
  await section.click();
  await section.press('Backspace');
  await section.pressSequentially(digits);
}

/**
 * Types an ISO date (YYYY-MM-DD) into a MUI X date field, section by section in whatever order
 * the clinic's format puts them (each section tells its range: day 1–31, month 1–12, year).
 */
export async function fillDate(locator: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const field = pickerField(locator);
  const sections = field.getByRole('spinbutton');
  await expect(sections).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const section = sections.nth(i);
    const max = await section.getAttribute('aria-valuemax');
    await typeSection(section, max === '31' ? day! : max === '12' ? month! : year!);
  }
  await expect(field.locator('input')).not.toHaveValue(/[A-Za-zА-Яа-я]/);
}

/** Types a wall-clock time (HH:MM, 24-hour) into a MUI X time field (hours, then minutes). */
export async function fillTime(locator: Locator, time: string): Promise<void> {
  const [hours, minutes] = time.split(':');
  const field = pickerField(locator);
  const sections = field.getByRole('spinbutton');
  const hourMax = await sections.first().getAttribute('aria-valuemax');
  if (hourMax === '12') {
    // A 12-hour clock: hours, minutes, then AM/PM.
    const h = Number(hours);
    await typeSection(sections.nth(0), String(h % 12 === 0 ? 12 : h % 12).padStart(2, '0'));
    await typeSection(sections.nth(1), minutes!);
    await sections.nth(2).click();
    await sections.nth(2).press(h < 12 ? 'a' : 'p');
  } else {
    await typeSection(sections.nth(0), hours!);
    await typeSection(sections.nth(1), minutes!);
  }
  await expect(field.locator('input')).not.toHaveValue(/[hm]/i);
}

/** The value a date field shows (its hidden input), as the clinic's format writes `iso`. */
export async function expectDate(locator: Locator, iso: string, format: DateFormat = 'DD/MM/YYYY'): Promise<void> {
  await expect(pickerField(locator).locator('input')).toHaveValue(dateText(iso, format));
}

/** A local calendar date `n` days from today, as YYYY-MM-DD. */
export function daysFromToday(n: number): string {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Working hours every day of the week (09:00–17:00 unless told), through the real channel. */
export function seedHours(page: Page, clinicianId: number, start = '09:00', end = '17:00'): Promise<unknown> {
  const intervals = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start, end }));
  return call(page, 'diary:hours:set', { clinicianId, intervals });
}

/** Issues a booklet (downloaded, English, A4) starting on `startDate`: this stores the care plan. */
export function issuePlan(
  page: Page,
  a: { patientId: number; assessmentId: number; startDate: string },
): Promise<{ pdf: { pdfBase64: string } }> {
  return call(page, 'booklets:issue', {
    patientId: a.patientId,
    assessmentId: a.assessmentId,
    choices: { settings: { startDate: a.startDate }, language: 'en', paper: 'A4' },
    plan: 'new',
    action: 'download',
  });
}

/** A clinician with hours, a child, today's assessment and an issued plan whose first check-up is due today. */
export async function seedDueChild(page: Page, firstName = 'Mia', lastName = 'Sokolova') {
  const clinician = await seedClinician(page, '');
  await seedHours(page, clinician.id);
  const child = await seedChild(page, firstName, lastName);
  const assessment = await seedAssessment(page, {
    patientId: child.id,
    clinicianId: clinician.id,
    assessedOn: daysFromToday(-14),
    left: 1,
    right: 1,
    heelAngle: 9,
  });
  await issuePlan(page, { patientId: child.id, assessmentId: assessment.id, startDate: daysFromToday(-14) });
  return { clinicianId: clinician.id, childId: child.id, assessmentId: assessment.id };
}
