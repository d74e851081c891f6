/*
 * Every combination of the phrase table (tests/unit/content/phrase-table.ts), rendered through
 * renderBooklet in English and Russian and read back with `pdftotext -raw`: each must carry the
 * texts the table requires and none it forbids. About 640 booklets: short plans (3 months) keep
 * the program editions small, pdftotext runs beside the next render (2 at a time), and identical
 * PDFs are read once.
 */
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderBooklet } from '../../../electron/pdf/booklet/render-booklet';
import { BookletRequest, type BookletRequestInput } from '../../../shared/contract/booklets';
import type { Language } from '../../../shared/contract/settings';
import { bookletTexts } from '../../../shared/content';
import { computePlan } from '../../../shared/plan';
import {
  CLINICIAN,
  type Combo,
  combinations,
  comboName,
  KINDS,
  matches,
  PHRASES,
  SPECIALIST_NOTES,
  STRAPPING_NOTE,
} from '../content/phrase-table';
import { flat, popplerMissing, skipNote } from './booklet-helpers';

const run = promisify(execFile);
const START = '2025-06-16';
const MONTHS = { toddler: 30, standard: 48, older: 132 } as const;

function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The request a combination stands for; see phrase-table.ts for what each field means. */
function requestFor(c: Combo): BookletRequestInput {
  const care = c.kind === 'specialist_care' || c.kind === 'specialist_care_home';
  const rigid = c.flags.includes('rigid');
  const redFlags = c.flags.includes('redFlags');
  // Specialist care without red flags or a rigid foot: degree 3 on the affected foot decides it (G2).
  const degree = care && !rigid && !redFlags ? 3 : 1;
  const foot = (affected: boolean) =>
    affected
      ? { degree, method: 'heel_angle' as const, flexible: rigid ? ('no' as const) : ('yes' as const), heelAngle: 12 }
      : { degree: 0, method: null, flexible: 'yes' as const, heelAngle: null };
  const strapping = c.flags.includes('strapping');
  return {
    child: {
      firstName: c.lang === 'en' ? 'Mia' : 'Алиса',
      lastName: c.lang === 'en' ? 'Novak' : 'Смирнова',
      dateOfBirth: monthsBefore(START, c.kind === 'information_toddler' ? 20 : MONTHS[c.age]),
    },
    assessment: {
      left: foot(true),
      right: foot(c.side === 'both'),
      redFlags: redFlags ? ['pain'] : [],
      overweight: c.flags.includes('overweight'),
    },
    clinician: c.kind === 'information' ? null : CLINICIAN,
    clinic: { name: 'Little Steps Foot Clinic', address: '12 Garden Row, London', phone: '+44 20 7946 0123' },
    settings: {
      startDate: START,
      horizonMonths: 3,
      ...(c.kind === 'specialist_care_home'
        ? { clinicianConfirmsHomeMassage: true, startMinutes: 4, peakMinutes: 10, endMinutes: 6 }
        : {}),
      prescribed: {
        strapping,
        ...(strapping ? { orthoses: 'insoles' as const } : {}),
        ...(strapping && c.side === 'both' ? { strappingNote: STRAPPING_NOTE } : {}),
      },
    },
    specialistNotes: SPECIALIST_NOTES,
    language: c.lang,
    paper: 'A4',
    generatedAt: `${START}T09:30:00Z`,
  };
}

/** The kind the engine actually decided, in the table's terms: the combination must be what it says. */
function kindOf(request: BookletRequest): string {
  const result = computePlan(request);
  if (result.status !== 'ok') return `blocked: ${result.blocks.map((b) => b.code).join(', ')}`;
  const { edition, notes } = result.plan;
  if (edition.kind === 'information')
    return notes.some((n) => n.code === 'normal_at_this_age') ? 'information_toddler' : 'information';
  if (edition.kind === 'specialist_care') return edition.program ? 'specialist_care_home' : 'specialist_care';
  return 'full';
}

/** Runs at most `n` of the queued jobs at a time. */
function limiter(n: number): <T>(job: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  const next = () => {
    if (active >= n) return;
    const start = queue.shift();
    if (start) {
      active++;
      start();
    }
  };
  return (job) =>
    new Promise((resolve, reject) => {
      queue.push(() =>
        job()
          .then(resolve, reject)
          .finally(() => {
            active--;
            next();
          }),
      );
      next();
    });
}
const poppler = limiter(2);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-phrases-'));
/** Text by the PDF's SHA-256: identical booklets are read once. */
const texts = new Map<string, Promise<string>>();
const rendered = new Map<string, { combo: Combo; text: Promise<string>; kind: string }>();

async function pdfText(bytes: Buffer): Promise<string> {
  const sha = crypto.createHash('sha256').update(bytes).digest('hex');
  let text = texts.get(sha);
  if (!text) {
    const file = path.join(dir, `${sha}.pdf`);
    fs.writeFileSync(file, bytes);
    text = poppler(() => run('pdftotext', ['-raw', file, '-'], { maxBuffer: 16 * 1024 * 1024 })).then((r) =>
      flat(r.stdout),
    );
    texts.set(sha, text);
  }
  return text;
}

/** The printed text without the source list, whose titles quote other words (e.g. "flexible flatfoot"). */
function withoutReferences(text: string, lang: Language): string {
  let out = text;
  for (const ref of bookletTexts(lang).about.references) out = out.split(flat(ref)).join(' ');
  return out;
}

type Found = string | RegExp;
const list = (x: Found | readonly Found[]): readonly Found[] => (Array.isArray(x) ? x : [x as Found]);
const present = (text: string, f: Found) => (typeof f === 'string' ? text.includes(flat(f)) : f.test(text));
const show = (f: Found) => (typeof f === 'string' ? `“${f.length > 70 ? `${f.slice(0, 67)}…` : f}”` : String(f));

/** Every breach of the table in one booklet's text. */
function breaches(combo: Combo, text: string): string[] {
  const t = bookletTexts(combo.lang);
  const out: string[] = [];
  for (const row of PHRASES) {
    const must = matches(row.must, combo);
    const allowed = must || matches(row.may, combo);
    for (const f of list(row.text(t, combo))) {
      const found = present(text, f);
      if (must && !found) out.push(`missing ${show(f)} (${row.id})`);
      if (!allowed && found) out.push(`forbidden ${show(f)} (${row.id})`);
    }
  }
  return out;
}

describe.skipIf(popplerMissing)(`booklet phrases, every combination${skipNote}`, () => {
  const all = (['en', 'ru'] as const).flatMap(combinations);

  beforeAll(async () => {
    // Rendering keeps this thread busy; pdftotext reads the finished files beside it.
    for (const combo of all) {
      const request = BookletRequest.parse(requestFor(combo));
      const text = pdfText(await renderBooklet(request)).then((s) => withoutReferences(s, combo.lang));
      rendered.set(comboName(combo), { combo, text, kind: kindOf(request) });
    }
    await Promise.all([...rendered.values()].map((r) => r.text));
  }, 180_000);

  it('covers every kind, age, side and flag in both languages', () => {
    expect(all.length).toBe(rendered.size);
    for (const kind of KINDS) expect(all.some((c) => c.kind === kind)).toBe(true);
    // Each combination builds the edition it is named for.
    const wrong = [...rendered.entries()].filter(([, r]) => r.kind !== r.combo.kind).map(([n, r]) => `${n}: ${r.kind}`);
    expect(wrong).toEqual([]);
  });

  for (const lang of ['en', 'ru'] as const)
    for (const kind of KINDS)
      it(`${lang} ${kind}: carries what it must, nothing it must not`, async () => {
        // One line per breach, with how many booklets show it and the first of them.
        const failures = new Map<string, string[]>();
        for (const [name, r] of rendered)
          if (r.combo.lang === lang && r.combo.kind === kind)
            for (const b of breaches(r.combo, await r.text)) failures.set(b, [...(failures.get(b) ?? []), name]);
        expect([...failures].map(([b, names]) => `${b}: ${names.length} booklet(s), e.g. ${names[0]}`)).toEqual([]);
      });
});
