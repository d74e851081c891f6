import {
  BookletRequest,
  type BookletAction,
  type BookletRecord,
  type CallError,
  type ChannelOutput,
  type ChannelParsedInput,
  type IssueResult,
  type RenderedPdf,
} from '../../shared/contract';
import { CONTENT_VERSION } from '../../shared/content';
import { computePlan, PLAN_ENGINE_VERSION } from '../../shared/plan';
import type { FakeValgo } from './fake-api';

/*
 * The booklet channels of the in-memory Valgo: a draft from the fake's child, latest assessment,
 * its clinician and the clinic settings; a "PDF" whose page count follows the plan; an archive
 * with reprints. Desktop dialogs can be told to answer "cancelled".
 */

type BookletChannel = 'booklets:draft' | 'booklets:preview' | 'booklets:issue' | 'booklets:list' | 'booklets:reprint';
type BookletHandlers = { [C in BookletChannel]: (input: ChannelParsedInput<C>) => Promise<ChannelOutput<C>> };

export interface ArchivedBooklet extends BookletRecord {
  request: BookletRequest;
}

const GENERATED_AT = '2025-06-01T09:00:00.000Z';
const CANCELLED: IssueResult = { booklet: null, pdf: null, savedTo: null };

export class FakeBooklets {
  readonly archive: ArchivedBooklet[] = [];
  /** What the desktop print or save dialog answers next: `false` is the user pressing Cancel. */
  dialogConfirms = true;
  savePath = '/home/clinic/Documents/booklet.pdf';
  /** Reprints no longer match the originals (the texts changed since). */
  textsChanged = false;
  private nextId = 1;
  private tick = 0;

  constructor(private readonly fake: FakeValgo) {}

  /** Archives a booklet directly (no call recorded), e.g. an older one with other texts. */
  seed(patientId: number, patch: Partial<BookletRecord> = {}, request?: BookletRequest): ArchivedBooklet {
    const req = request ?? this.draft(patientId);
    const rendered = this.render(req);
    return this.store(patientId, req, 'print', rendered, null, patch);
  }

  readonly handlers: BookletHandlers = {
    'booklets:draft': async ({ patientId }) => this.draft(patientId),
    'booklets:preview': async (request) => this.render(request),
    'booklets:issue': async ({ patientId, request, action }) => {
      this.patient(patientId);
      const rendered = this.render(request);
      const delivered = this.deliver(action, rendered);
      if (!delivered) return CANCELLED;
      const booklet = this.store(patientId, request, action, rendered, null);
      return { ...delivered, booklet: strip(booklet) };
    },
    'booklets:list': async ({ patientId }) =>
      this.archive
        .filter((b) => b.patientId === patientId)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
        .map(strip),
    'booklets:reprint': async ({ id, action }) => {
      const original = this.archive.find((b) => b.id === id);
      if (!original) throw { code: 'NOT_FOUND', message: 'This booklet was not found.' } satisfies CallError;
      const rendered = this.render(original.request);
      const delivered = this.deliver(action, rendered);
      const identical = !this.textsChanged && original.contentVersion === CONTENT_VERSION;
      if (!delivered) return { ...CANCELLED, identical };
      const booklet = this.store(original.patientId, original.request, action, rendered, original.reprintOf ?? id);
      return { ...delivered, booklet: strip(booklet), identical };
    },
  };

  private patient(id: number) {
    const patient = this.fake.patients.find((p) => p.id === id);
    if (!patient) throw { code: 'NOT_FOUND', message: 'This child was not found.' } satisfies CallError;
    return patient;
  }

  private draft(patientId: number): BookletRequest {
    const patient = this.patient(patientId);
    const latest = this.fake.assessments
      .filter((a) => a.patientId === patientId)
      .sort((a, b) => b.assessedOn.localeCompare(a.assessedOn) || b.id - a.id)[0];
    const clinician = latest && this.fake.clinicians.find((c) => c.id === latest.clinicianId);
    const { settings } = this.fake;
    return BookletRequest.parse({
      child: { firstName: patient.firstName, lastName: patient.lastName, dateOfBirth: patient.dateOfBirth },
      assessment: latest
        ? { left: latest.left, right: latest.right, redFlags: latest.redFlags, overweight: latest.overweight }
        : null,
      clinician: clinician ? { name: clinician.name, title: clinician.title, phone: clinician.phone } : null,
      clinic: { name: settings.clinicName, address: settings.clinicAddress, phone: settings.clinicPhone },
      settings: { startDate: '2025-06-02' },
      language: patient.guardians[0]?.preferredLanguage ?? settings.language,
      paper: 'A4',
      generatedAt: GENERATED_AT,
    });
  }

  /** A stand-in PDF: its pages follow the plan (8 + one per printed step), like a real booklet grows. */
  private render(request: BookletRequest): RenderedPdf {
    const result = computePlan(request);
    if (result.status === 'blocked') {
      throw {
        code: 'VALIDATION',
        message: 'The plan is blocked.',
        issues: result.blocks.map((b) => ({ path: 'plan', message: b.code })),
      } satisfies CallError;
    }
    const pages = 8 + result.plan.steps.length;
    const body = `%PDF-1.7 fake ${request.language} ${request.paper} ${pages}`;
    return { pdfBase64: btoa(body), pages, sizeBytes: body.length };
  }

  /** Prints, saves or opens like the desktop app; null when the dialog was cancelled. */
  private deliver(action: BookletAction, pdf: RenderedPdf): Omit<IssueResult, 'booklet'> | null {
    if (action !== 'download' && this.fake.info.mode !== 'electron') {
      throw {
        code: 'VALIDATION',
        message: 'Printing, saving and opening go through the desktop app; download the PDF instead.',
      } satisfies CallError;
    }
    if ((action === 'print' || action === 'save') && !this.dialogConfirms) return null;
    return { pdf: action === 'download' ? pdf : null, savedTo: action === 'save' ? this.savePath : null };
  }

  private store(
    patientId: number,
    request: BookletRequest,
    action: BookletAction,
    rendered: RenderedPdf,
    reprintOf: number | null,
    patch: Partial<BookletRecord> = {},
  ): ArchivedBooklet {
    const plan = computePlan(request);
    this.tick += 1;
    const booklet: ArchivedBooklet = {
      id: this.nextId++,
      patientId,
      createdAt: new Date(Date.UTC(2025, 5, 2, 10, this.tick)).toISOString(),
      action,
      kind: plan.status === 'ok' ? plan.plan.edition.kind : 'information',
      language: request.language,
      paper: request.paper,
      pages: rendered.pages,
      sizeBytes: rendered.sizeBytes,
      sha256: this.nextId.toString(16).padStart(64, '0'),
      planEngineVersion: PLAN_ENGINE_VERSION,
      contentVersion: CONTENT_VERSION,
      reprintOf,
      ...patch,
      request: structuredClone(request),
    };
    this.archive.push(booklet);
    return booklet;
  }
}

function strip(b: ArchivedBooklet): BookletRecord {
  const { request: _request, ...record } = b;
  return record;
}
