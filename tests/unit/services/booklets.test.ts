import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { BookletRequest } from '../../../shared/contract';
import { draftBooklet } from '../../../electron/services/booklet-draft';
import { issueBooklet, listBooklets, previewBooklet, reprintBooklet } from '../../../electron/services/booklets';
import { createAssessment } from '../../../electron/services/assessments';
import { updateSettings } from '../../../electron/services/settings';
import type { DesktopActions } from '../../../electron/desktop-actions';
import { freshDb } from '../test-db';
import { book, diaryDb } from '../appointments/fixture';
import { cancelAppointment } from '../../../electron/services/appointments';
import { assessment, childWithClinician } from './assessment-fixture';

const fixture = () => BookletRequest.parse(JSON.parse(fs.readFileSync('tests/fixtures/booklet-full-en.json', 'utf8')));
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

function fakeDesktop(overrides: Partial<DesktopActions> = {}): DesktopActions {
  return {
    savePdf: vi.fn(async () => '/home/me/Documents/plan.pdf'),
    openPdf: vi.fn(async () => undefined),
    printPdf: vi.fn(async () => true),
    ...overrides,
  };
}

describe('booklet draft', () => {
  it('starts from the latest assessment, its clinician, the clinic letterhead and the family language', async () => {
    const { db } = await freshDb();
    const { patient, clinician } = await childWithClinician(db);
    await createAssessment(db, assessment(patient.id, clinician.id, { assessedOn: '2026-01-10' }));
    await createAssessment(
      db,
      assessment(patient.id, clinician.id, {
        assessedOn: '2026-02-10',
        left: { degree: 1, method: 'plantography', flexible: 'yes', heelAngle: null },
      }),
    );
    await updateSettings(db, { clinicName: 'Little Steps', clinicPhone: '+44 20 7946 0123' });
    const draft = await draftBooklet(db, patient.id, new Date(2026, 2, 5, 9, 0));
    expect(draft).toMatchObject({
      child: { firstName: 'Mia', lastName: 'Novak', dateOfBirth: '2020-05-17' },
      assessment: { left: { degree: 1, method: 'plantography' }, overweight: false },
      clinician: { name: 'Dr. Ana Kovač', title: 'Podiatrist' },
      clinic: { name: 'Little Steps', phone: '+44 20 7946 0123' },
      settings: { startDate: '2026-03-05' },
      language: 'en',
      paper: 'A4',
    });
  });

  it('has no assessment or clinician for a child never assessed (information edition)', async () => {
    const { db } = await freshDb();
    const { patient } = await childWithClinician(db);
    const draft = await draftBooklet(db, patient.id);
    expect(draft.assessment).toBeNull();
    expect(draft.clinician).toBeNull();
  });
});

describe('booklet archive', () => {
  it('previews without archiving', async () => {
    const { db } = await freshDb();
    const { patient } = await childWithClinician(db);
    const preview = await previewBooklet(fixture());
    expect(Buffer.from(preview.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(preview.pages).toBeGreaterThan(5);
    expect(await listBooklets(db, patient.id)).toEqual([]);
  }, 30_000);

  it('archives a downloaded booklet with its input, versions and SHA-256, and reprints it byte for byte', async () => {
    const { db, sqlite } = await freshDb();
    const { patient } = await childWithClinician(db);
    const request = fixture();
    const issued = await issueBooklet(db, { patientId: patient.id, request, action: 'download' });
    const bytes = Buffer.from(issued.pdf!.pdfBase64, 'base64');
    expect(issued.booklet).toMatchObject({
      patientId: patient.id,
      action: 'download',
      kind: 'full',
      language: 'en',
      paper: 'A4',
      sha256: sha(bytes),
      sizeBytes: bytes.length,
      reprintOf: null,
    });
    const stored = sqlite.prepare('SELECT request FROM booklets').get() as { request: string };
    expect(BookletRequest.parse(JSON.parse(stored.request))).toEqual(request);

    const again = await reprintBooklet(db, issued.booklet!.id, 'download');
    expect(again.identical).toBe(true);
    expect(Buffer.from(again.pdf!.pdfBase64, 'base64').equals(bytes)).toBe(true);
    expect(again.booklet).toMatchObject({ reprintOf: issued.booklet!.id, sha256: issued.booklet!.sha256 });
    expect((await listBooklets(db, patient.id)).map((b) => b.id)).toEqual([again.booklet!.id, issued.booklet!.id]);
  }, 60_000);

  it('prints, saves and opens through the desktop actions, and archives nothing when a dialog is cancelled', async () => {
    const { db } = await freshDb();
    const { patient } = await childWithClinician(db);
    const request = fixture();
    const desktop = fakeDesktop();
    const saved = await issueBooklet(db, { patientId: patient.id, request, action: 'save' }, { desktop });
    expect(saved.savedTo).toBe('/home/me/Documents/plan.pdf');
    expect(vi.mocked(desktop.savePdf).mock.calls[0]![1]).toBe('Mia Novak - foot care plan.pdf');
    await issueBooklet(db, { patientId: patient.id, request, action: 'print' }, { desktop });
    expect(desktop.printPdf).toHaveBeenCalledOnce();

    const cancelling = fakeDesktop({ printPdf: vi.fn(async () => false), savePdf: vi.fn(async () => null) });
    expect(
      (await issueBooklet(db, { patientId: patient.id, request, action: 'print' }, { desktop: cancelling })).booklet,
    ).toBeNull();
    expect(
      (await issueBooklet(db, { patientId: patient.id, request, action: 'save' }, { desktop: cancelling })).booklet,
    ).toBeNull();
    expect((await listBooklets(db, patient.id)).map((b) => b.action)).toEqual(['print', 'save']);
  }, 60_000);

  it('needs the desktop app to print, save or open; browser mode downloads', async () => {
    const { db } = await freshDb();
    const { patient } = await childWithClinician(db);
    await expect(
      issueBooklet(db, { patientId: patient.id, request: fixture(), action: 'print' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(await listBooklets(db, patient.id)).toEqual([]);
  }, 30_000);

  it('names a character the font cannot print as a field problem', async () => {
    const { db } = await freshDb();
    const { patient } = await childWithClinician(db);
    const request = { ...fixture(), child: { ...fixture().child, firstName: 'M\u{1D504}a' } };
    await expect(issueBooklet(db, { patientId: patient.id, request, action: 'download' })).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'child.firstName', message: 'unprintableCharacter' }],
    });
  }, 30_000);

  it('reports unknown children and booklets', async () => {
    const { db } = await freshDb();
    await expect(issueBooklet(db, { patientId: 99, request: fixture(), action: 'download' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(reprintBooklet(db, 99, 'download')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('booklet draft and the diary', () => {
  it('carries the booked future visits, soonest first, as the next appointment and the timeline marks', async () => {
    const { db, drA, mia, followUpType } = await diaryDb();
    const later = await book(db, {
      patientId: mia,
      clinicianId: drA,
      typeId: followUpType,
      date: '2030-03-04',
      time: '10:30',
    });
    await book(db, { patientId: mia, clinicianId: drA, typeId: followUpType, date: '2030-01-08', time: '09:00' });
    await book(db, { patientId: mia, clinicianId: drA, typeId: followUpType, date: '2001-01-09', time: '09:00' });
    await cancelAppointment(db, later.appointment.id, 'family away');
    await book(db, { patientId: mia, clinicianId: drA, typeId: followUpType, date: '2030-05-06', time: '14:00' });
    const draft = await draftBooklet(db, mia, new Date('2026-01-01T12:00:00Z'));
    expect(draft.nextAppointment).toBe('2030-01-08T09:00');
    expect(draft.bookedVisits).toEqual(['2030-01-08T09:00', '2030-05-06T14:00']);
  });
});
