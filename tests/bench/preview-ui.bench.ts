import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { quantile, report } from './figures';

/*
 * The booklet editor's live preview, as the clinician sees it: the built app in browser mode
 * (out/main/bridge.js + out/renderer) in Debian's Chromium. A dose is changed EDITS times; each
 * time we take the moment of the edit (the field's input event) to the moment the first page's
 * canvas is painted from the PDF main rendered for that edit (PdfPreview marks the page frame
 * with data-drawn = the document's serial and data-drawn-at = the paint time, both page clock).
 * Each edit is to a dose not seen before, so main renders every one. PREVIEW_STAGES=1 prints the
 * stages of each edit to stderr.
 */

const EDITS = Number(process.env.PREVIEW_EDITS ?? 25);
const bridgeEntry = path.resolve('out/main/bridge.js');
if (!fs.existsSync(bridgeEntry)) throw new Error('Build first: npm run build');

async function startServer(dir: string) {
  const child = spawn(process.execPath, [bridgeEntry, '--port', '0', '--data-dir', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open (http:\/\/\S+)/.exec(out);
      if (match) resolve(new URL(match[1]!));
    });
    child.once('exit', (code) => reject(new Error(`bridge exited with ${code}`)));
  });
  const token = url.searchParams.get('token')!;
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const response = await fetch(new URL(`/api/${channel}`, url), {
      method: 'POST',
      // The per-run token and the app's own origin, as the page sends them (renderer/api.ts).
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, Origin: url.origin },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; value: T; error?: unknown };
    if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}`);
    return body.value;
  };
  return { child, url, call };
}

function yearsAgo(years: number): string {
  const d = new Date();
  return `${d.getFullYear() - years}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(Math.min(d.getDate(), 28)).padStart(2, '0')}`;
}

/** Runs in the page: the stages of the last edit, then forgets the marks. */
function stagesOf(): Record<string, number> {
  const at = (window as unknown as { editAt: number }).editAt;
  const request = performance
    .getEntriesByType('resource')
    .filter((e) => e.name.includes('booklets%3Apreview'))
    .at(-1) as PerformanceResourceTiming;
  const out: Record<string, number> = {
    request: Math.round(request.startTime - at),
    answered: Math.round(request.responseEnd - at),
  };
  for (const mark of performance.getEntriesByType('mark')) {
    if (mark.name.startsWith('preview:') && mark.startTime >= at)
      out[mark.name.slice(8)] ??= Math.round(mark.startTime - at);
  }
  performance.clearMarks();
  return out;
}

const pageOne = (page: Page) => page.locator('[data-page="1"]');

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-bench-preview-'));
  const server = await startServer(dir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    // Signs the run's browser session in as the first administrator (the page shares it).
    await server.call('staff:setup', { name: 'Bench Admin', username: 'admin', password: 'admin-password' });
    const clinician = await server.call<{ id: number }>('clinicians:create', {
      name: 'Dr Irina Volkova',
      title: 'Pediatric orthopedist',
      phone: '+7 495 123-45-67',
      active: true,
    });
    const child = await server.call<{ id: number }>('patients:create', {
      firstName: 'Mia',
      lastName: 'Sokolova',
      dateOfBirth: yearsAgo(5),
      sex: 'female',
      notes: '',
      guardians: [
        {
          name: 'Olga Sokolova',
          relationship: 'mother',
          phone: '+7 912 345-67-89',
          email: '',
          preferredLanguage: 'en',
          contactConsent: true,
        },
      ],
    });
    const today = new Date().toISOString().slice(0, 10);
    const foot = (degree: number) => ({ degree, method: 'clinical', flexible: 'yes', heelAngle: null });
    await server.call('assessments:create', {
      patientId: child.id,
      clinicianId: clinician.id,
      assessedOn: today,
      left: foot(2),
      right: foot(1),
      redFlags: [],
      weightKg: null,
      heightCm: null,
      overweight: false,
      notes: '',
    });

    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    if (process.env.PREVIEW_DEBUG) page.on('console', (m) => console.error('page:', m.text()));
    await page.goto(`${server.url.href}#/children/${child.id}/booklet`);
    await pageOne(page).and(page.locator('[data-drawn]')).waitFor({ timeout: 60_000 });
    const pages = await page.locator('[data-page]').count();
    const reps = page.getByRole('group', { name: 'Squats' }).getByLabel('Repetitions');
    await reps.evaluate((el) =>
      el.addEventListener('input', () => ((window as unknown as { editAt: number }).editAt = performance.now())),
    );

    // Every edit asks for a dose not asked for before (up to 29 edits): a dose seen earlier would be
    // shown from the renderer's query cache, which is not the path measured here.
    const initial = Number(await reps.inputValue());
    const fresh = Array.from({ length: 30 }, (_, k) => k + 1).filter((v) => v !== initial);
    const times: number[] = [];
    const answers: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const value = String(fresh[i % fresh.length]);
      const before = await pageOne(page).getAttribute('data-drawn');
      const answered = page.waitForResponse(
        (r) => r.url().includes('booklets%3Apreview') && (r.request().postData() ?? '').includes(`"reps":${value}`),
        { timeout: 60_000 },
      );
      await reps.fill(value === (await reps.inputValue()) ? '' : value);
      if ((await reps.inputValue()) !== value) await reps.fill(value);
      await answered;
      await page.waitForFunction(
        (prev) => {
          const el = document.querySelector<HTMLElement>('[data-page="1"]');
          return el?.dataset.drawn !== undefined && el.dataset.drawn !== prev;
        },
        before,
        { timeout: 60_000 },
      );
      const ms = await page.evaluate(() => {
        const el = document.querySelector<HTMLElement>('[data-page="1"]')!;
        return Number(el.dataset.drawnAt) - (window as unknown as { editAt: number }).editAt;
      });
      times.push(ms);
      // Of which: the edit to main's answer being in (the settle pause, the request, main's render).
      answers.push(
        await page.evaluate(() => {
          const entries = performance.getEntriesByType('resource').filter((e) => e.name.includes('booklets%3Apreview'));
          return (
            (entries.at(-1) as PerformanceResourceTiming).responseEnd - (window as unknown as { editAt: number }).editAt
          );
        }),
      );
      // PREVIEW_STAGES=1: where each edit's time went (ms after the edit), from the request's timing and
      // the marks PdfPreview leaves (preview:received, :opened, :page1, :draw-start, :drawn).
      if (process.env.PREVIEW_STAGES) console.error(JSON.stringify(await page.evaluate(stagesOf)));
      // Let the pages just out of view finish before the next edit, as between a clinician's edits.
      await page.waitForTimeout(400);
    }
    report('booklet_preview.edit_to_first_page.pages', pages, 'count');
    report('booklet_preview.edit_to_first_page.p50', quantile(times, 0.5), 'ms');
    report('booklet_preview.edit_to_first_page.p95', quantile(times, 0.95), 'ms');
    report('booklet_preview.edit_to_first_page.max', Math.max(...times), 'ms');
    report('booklet_preview.edit_to_first_page.runs', times.length, 'count');
    report('booklet_preview.edit_to_answer.p50', quantile(answers, 0.5), 'ms');
    report('booklet_preview.edit_to_answer.p95', quantile(answers, 0.95), 'ms');
  } finally {
    await browser.close();
    server.child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
