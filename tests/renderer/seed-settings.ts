import { within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { addDays } from '../../shared/calendar';
import { localToday } from '../../shared/contract';
import { bornAgo } from './render-app';
import { seedChild, seedClinician, seedHours, type RealCore } from './real-core';

/*
 * Set-up and small gestures for the Settings tests, through the real services and the real
 * pickers (MUI X sectioned fields: a group of spinbuttons named by the field's label).
 */

/** A practice past its first steps: clinic name, two clinicians with hours, a child booked in 3 days. */
export async function seedPractice(rc: RealCore) {
  await rc.call('settings:update', { clinicName: 'Little Steps' });
  const irina = await seedClinician(rc, 'Dr Irina Volkova');
  const oleg = await seedClinician(rc, 'Dr Oleg Smirnov', 'Podiatrist');
  await seedHours(rc, irina);
  await seedHours(rc, oleg);
  const mia = await seedChild(rc, { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(4) });
  const type = (await rc.call('appointment-types:list', {})).find((t) => t.code === 'follow_up')!;
  const day = addDays(localToday(), 3);
  await rc.call('appointments:create', {
    patientId: mia.id,
    clinicianId: oleg.id,
    typeId: type.id,
    start: { date: day, time: '10:00' },
  });
  return { irina, oleg, mia, day };
}

/** The spinbutton sections of the picker labelled `label` inside `scope`, in the order shown. */
export function sections(scope: HTMLElement, label: string): HTMLElement[] {
  return within(within(scope).getByRole('group', { name: label })).getAllByRole('spinbutton');
}

/** Types `digits` into the picker labelled `label`, from its first section on (as a person would). */
export async function typeInto(user: UserEvent, scope: HTMLElement, label: string, digits: string) {
  await user.click(sections(scope, label)[0]!);
  await user.keyboard(digits);
}

/** What the picker labelled `label` holds, as its hidden input carries it ("03/15/2027", "12:00 PM"). */
export function pickerText(scope: HTMLElement, label: string): string {
  const group = within(scope).getByRole('group', { name: label });
  return (group.parentElement!.querySelector('input') as HTMLInputElement).value;
}
