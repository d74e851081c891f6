import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/i18n';
import { startRealCore } from './real-core';
import { bornAgo, renderRealApp } from './render-app';
import { guardian, seedClinician, seedFullChild, seedVisit } from './seed-patients';

const en = createI18n('en');

/** Anna with two guardians, one clinician and three visits, stored by the real core; the first visit was edited once. */
async function annaWithVisits() {
  const rc = await startRealCore();
  const anna = await seedFullChild(rc, {
    firstName: 'Anna',
    middleName: 'Sergeevna',
    lastName: 'Petrova',
    dateOfBirth: bornAgo(4, 2),
    notes: 'Afraid of the cold gel',
    guardians: [
      guardian({ phone: '+7 (912) 345-67-89', email: 'elena@example.com', preferredLanguage: 'ru' }),
      guardian({
        name: 'Galina Petrova',
        relationship: 'grandparent',
        phone: '',
        email: 'galina@example.com',
        contactConsent: false,
      }),
    ],
  });
  const clinician = await seedClinician(rc, 'Dr Irina Volkova');
  const ids = { patientId: anna.id, clinicianId: clinician.id };
  const january = await seedVisit(rc, ids, '2025-01-15', {
    left: { degree: 2, method: 'heel_angle', heelAngle: 17 },
    right: { degree: 1, method: 'heel_angle', heelAngle: 12 },
  });
  await seedVisit(rc, ids, '2025-03-20', {
    left: { degree: 2, method: 'heel_angle', heelAngle: 15 },
    right: { degree: 1, method: 'plantography', heelAngle: null },
    redFlags: ['pain', 'limping'],
  });
  await seedVisit(rc, ids, '2025-05-10', {
    left: { degree: 1, method: 'heel_angle', heelAngle: 11.5, flexible: 'unknown' },
    right: { degree: 0, method: null, heelAngle: 6 },
    weightKg: 18.5,
    notes: 'Much better; keep the exercises.',
  });
  const { id, version, clinicianName: _n, createdAt: _c, updatedAt: _u, revisions: _r, ...input } = january;
  await rc.call('assessments:update', {
    id,
    version,
    assessment: { ...input, left: { ...input.left, heelAngle: 18 }, redFlags: ['stiffness'] },
  });
  return { rc, anna, january };
}

const timelineItems = () =>
  within(screen.getByRole('list', { name: 'Assessments, newest first' })).getAllByRole('listitem', {
    name: /\d{4}/,
  });

// Whole-app renders in jsdom are slow on a busy machine; the waits inside stay short.
describe('child page', { timeout: 60_000 }, () => {
  it('shows who the child is and how to reach each guardian at a glance', async () => {
    const { rc, anna } = await annaWithVisits();
    await renderRealApp(rc, `#/children/${anna.id}`);
    // The full name with the patronymic, in the language's order.
    expect(await screen.findByRole('heading', { name: 'Anna Sergeevna Petrova' })).toBeInTheDocument();
    expect(screen.getByText('4 years 2 months')).toBeInTheDocument();
    expect(screen.getByText('Girl')).toBeInTheDocument();
    expect(screen.getByText('Afraid of the cold gel')).toBeInTheDocument();

    const guardians = within(screen.getByRole('list', { name: 'Parents and guardians' }));
    const elena = within(guardians.getByRole('listitem', { name: 'Elena Petrova' }));
    expect(elena.getByText('Mother')).toBeInTheDocument();
    expect(elena.getByText('Main contact')).toBeInTheDocument();
    expect(elena.getByRole('link', { name: 'Call +7 (912) 345-67-89' })).toHaveAttribute('href', 'tel:+79123456789');
    expect(elena.getByRole('link', { name: 'Write to elena@example.com' })).toHaveAttribute(
      'href',
      'mailto:elena@example.com',
    );
    expect(elena.getByText('Reads Russian')).toBeInTheDocument();
    expect(elena.getByText('Agrees to be contacted')).toBeInTheDocument();
    const galina = within(guardians.getByRole('listitem', { name: 'Galina Petrova' }));
    expect(galina.getByText('Grandparent')).toBeInTheDocument();
    expect(galina.queryByRole('link', { name: /^Call/ })).not.toBeInTheDocument();
    expect(galina.getByText('No consent to contact')).toBeInTheDocument();
    expect(galina.queryByText('Main contact')).not.toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', `#/children/${anna.id}/edit`);
  });

  it('makes "Prepare booklet" the primary action once there is an assessment; "Record assessment" stays', async () => {
    const { rc, anna } = await annaWithVisits();
    const { user } = await renderRealApp(rc, `#/children/${anna.id}`);
    const record = await screen.findByRole('link', { name: 'Record assessment' });
    expect(record).toHaveAttribute('href', `#/children/${anna.id}/assess`);
    expect(record).toHaveClass('MuiButton-outlined');
    const prepare = screen.getByRole('link', { name: 'Prepare booklet' });
    expect(prepare).toHaveAttribute('href', `#/children/${anna.id}/booklet`);
    expect(prepare).toHaveClass('MuiButton-contained');
    // "A" opens the assessment form from the keyboard.
    await user.keyboard('a');
    expect(await screen.findByRole('heading', { name: 'Record assessment' })).toBeInTheDocument();
  });

  it('summarises the latest assessment in plain words', async () => {
    const { rc, anna } = await annaWithVisits();
    await renderRealApp(rc, `#/children/${anna.id}`);
    const latest = within(await screen.findByRole('region', { name: 'Latest assessment' }));
    expect(latest.getByText(`${en.date('2025-05-10', 'long')} · Dr Irina Volkova`)).toBeInTheDocument();
    expect(latest.getByText('Left foot: degree 1 (heel-valgus angle, 11.5°), flexibility not checked.')).toBeVisible();
    expect(latest.getByText('Right foot: no valgus (6°), flexible.')).toBeInTheDocument();
    expect(latest.getByText('Red flags: none.')).toBeInTheDocument();
    expect(latest.getByText('Weight 18.5 kg.')).toBeInTheDocument();
    expect(latest.getByText('Much better; keep the exercises.')).toBeInTheDocument();
  });

  it('lists the visits newest first with clinician, both feet and red flags', async () => {
    const { rc, anna, january: first } = await annaWithVisits();
    await renderRealApp(rc, `#/children/${anna.id}`);
    await screen.findByRole('heading', { name: 'Anna Sergeevna Petrova' });
    const items = timelineItems();
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual(
      ['2025-05-10', '2025-03-20', '2025-01-15'].map((d) => en.date(d)),
    );
    const [may, march, january] = items.map((i) => within(i));
    expect(may!.getByText('Dr Irina Volkova')).toBeInTheDocument();
    expect(may!.getByText('Left: degree 1, 11.5° · Right: no valgus, 6°')).toBeInTheDocument();
    expect(may!.getByText('No red flags')).toBeInTheDocument();
    expect(may!.queryByText('Edited')).not.toBeInTheDocument();
    const flags = within(march!.getByRole('list', { name: 'Red flags' })).getAllByRole('listitem');
    expect(flags.map((f) => f.textContent)).toEqual(['Pain', 'Limping']);
    expect(march!.getByText('Left: degree 2, 15° · Right: degree 1')).toBeInTheDocument();
    expect(january!.getByText('Edited')).toBeInTheDocument();
    expect(january!.getByRole('link', { name: `Edit the assessment of ${en.date('2025-01-15')}` })).toHaveAttribute(
      'href',
      `#/assessments/${first.id}/edit?child=${anna.id}`,
    );
  });

  it('shows the earlier versions of an edited assessment and what changed', async () => {
    const { rc, anna, january: first } = await annaWithVisits();
    const { user } = await renderRealApp(rc, `#/children/${anna.id}`);
    await screen.findByRole('heading', { name: 'Anna Sergeevna Petrova' });
    const january = within(timelineItems()[2]!);
    await user.click(january.getByRole('button', { name: /^Edited: show the earlier versions/ }));
    const dialog = within(
      await screen.findByRole('dialog', { name: `Earlier versions of the assessment of ${en.date('2025-01-15')}` }),
    );
    expect(await dialog.findByRole('region', { name: 'Version 1' })).toBeInTheDocument();
    expect(rc.callsTo('assessments:history')).toEqual([{ id: first.id }]);
    const current = within(dialog.getByRole('region', { name: 'Current version' }));
    expect(current.getByText(/Left foot: degree 2 \(heel-valgus angle, 18°\), flexible\./)).toBeInTheDocument();
    const v1 = within(dialog.getByRole('region', { name: 'Version 1' }));
    expect(v1.getByText(/Left foot: degree 2 \(heel-valgus angle, 17°\), flexible\./)).toBeInTheDocument();
    const changes = v1.getAllByRole('listitem').map((li) => li.textContent);
    expect(changes).toEqual(['Left foot, heel angle: 17° → 18°', 'Red flags: none → stiffness']);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('charts the heel angle with one series per foot and a mark for every measured point', async () => {
    const { rc, anna } = await annaWithVisits();
    const { container } = await renderRealApp(rc, `#/children/${anna.id}`);
    await screen.findByRole('heading', { name: 'Anna Sergeevna Petrova' });
    const chart = await waitFor(() => {
      const el = container.querySelector('[data-testid="angle-chart"]');
      expect(el).not.toBeNull();
      return el!;
    });
    // One line per foot, named in the legend.
    expect(chart.querySelectorAll('path[data-series="left"]:not([data-index])')).toHaveLength(1);
    expect(chart.querySelectorAll('path[data-series="right"]:not([data-index])')).toHaveLength(1);
    expect(within(chart as HTMLElement).getByText('Left foot')).toBeInTheDocument();
    expect(within(chart as HTMLElement).getByText('Right foot')).toBeInTheDocument();
    // Left measured at all three visits; right at two (March had no angle).
    const marks = (side: string) => [...chart.querySelectorAll(`[data-series="${side}"][data-index]`)];
    expect(marks('left').map((m) => m.getAttribute('data-index'))).toEqual(['0', '1', '2']);
    expect(marks('right').map((m) => m.getAttribute('data-index'))).toEqual(['0', '2']);

    // The same points, with the method, as a table for screen readers.
    const table = screen.getByRole('table', { name: 'Heel-valgus angle by visit' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['18° · heel-valgus angle', '12° · heel-valgus angle'],
      ['15° · heel-valgus angle', '—'],
      ['11.5° · heel-valgus angle', '6°'],
    ]);
  });

  it('says how to fill the chart when no angle was measured', async () => {
    const rc = await startRealCore();
    const ivan = await seedFullChild(rc, { firstName: 'Ivan', lastName: 'Petrov', dateOfBirth: bornAgo(6) });
    const clinician = await seedClinician(rc);
    await seedVisit(rc, { patientId: ivan.id, clinicianId: clinician.id }, '2025-02-01');
    await renderRealApp(rc, `#/children/${ivan.id}`);
    expect(await screen.findByText('No heel angle measured yet')).toBeInTheDocument();
    expect(document.querySelector('[data-testid="angle-chart"]')).toBeNull();
    expect(screen.getByText('Left: degree 1 · Right: degree 1')).toBeInTheDocument();
  });

  it('invites the first assessment when there is none', async () => {
    const rc = await startRealCore();
    const oleg = await seedFullChild(rc, { firstName: 'Oleg', lastName: 'Sidorov', dateOfBirth: bornAgo(3) });
    await renderRealApp(rc, `#/children/${oleg.id}`);
    expect(await screen.findByText(/No assessment yet\. Record one/)).toBeInTheDocument();
    // One empty state, not three: no empty chart or timeline until there is a visit.
    expect(screen.queryByRole('region', { name: 'Heel-valgus angle' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Assessments' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Record assessment' })).toBeInTheDocument();
  });

  it('says what to do when the child is not there', async () => {
    await renderRealApp(await startRealCore(), '#/children/99');
    expect(await screen.findByText('This child’s details could not be opened.')).toBeInTheDocument();
    expect(screen.getByText(/go back to the list and search again/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All children' })).toBeInTheDocument();
  });
});
