/*
 * What every page of the day list starts with (clinic, title, the day, whose list), and the
 * child's age as the front desk reads it.
 */
import { ageOn } from '../../../shared/contract/dates';
import { fill, plural } from '../kit/texts';
import { COLOR, SIZE } from '../kit/theme';
import { longWeekdayDate } from '../card/format';
import type { DayCtx } from './types';
import type { DayListTexts } from './texts';

/** "4 y 2 m" / «4 года 2 мес.» on the day of the visit ("5 y", "7 m" when a part is 0). */
export function ageText(t: DayListTexts, dateOfBirth: string, on: string): string {
  const { years, months } = ageOn(dateOfBirth, on);
  const m = fill(t.months, { count: months });
  if (years === 0) return m;
  const y = plural(t, t.years, years);
  return months === 0 ? y : `${y} ${m}`;
}

/** The page header: clinic, list title and the day (and the clinician, for one clinician's list). */
export function drawPageHeader(c: DayCtx): void {
  const { l, t, input } = c;
  const { frame, doc } = l;
  let y = frame.top;
  const who = input.clinician
    ? [input.clinician.name, input.clinician.title].filter(Boolean).join(', ')
    : t.allClinicians;
  const clinic = l.lines(input.clinic.name, frame.width * 0.6, {
    font: 'bold',
    size: SIZE.small + 1,
    color: COLOR.accent,
  });
  const title = l.lines(t.title, frame.width * 0.4, {
    font: 'semibold',
    size: SIZE.small + 1,
    color: COLOR.soft,
    align: 'right',
  });
  l.tag('P', () => l.draw(clinic, frame.left, y));
  l.tag('P', () => l.draw(title, frame.right - frame.width * 0.4, y));
  y += Math.max(clinic.height, title.height, 14) + 2;
  const day = l.lines(longWeekdayDate(input.date, input.language), frame.width * 0.6, { font: 'bold', size: SIZE.h2 });
  const whoLines = l.lines(who, frame.width * 0.4, { font: 'semibold', size: SIZE.body, align: 'right' });
  l.tag('H1', () => l.draw(day, frame.left, y));
  l.tag('P', () => l.draw(whoLines, frame.right - frame.width * 0.4, y + (day.lead - whoLines.lead) / 2));
  y += day.height + 6;
  l.artifact(() => doc.moveTo(frame.left, y).lineTo(frame.right, y).lineWidth(1.2).stroke(COLOR.accent));
  l.y = y + 12;
}
