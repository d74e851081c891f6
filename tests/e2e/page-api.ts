import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from '@playwright/test';

/** Calls a channel from the page, through the same HTTP bridge the app uses (test set-up and checks only). */
export async function call<T>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ channel, input }) => {
      const response = await fetch(`api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
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
