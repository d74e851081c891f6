import type { z } from 'zod';
import { diarySetupChannels, type ClosedDay } from '../../../../shared/contract';

/** The closed-days form is the channel's own input: `items`, each from-until, who, label. */
export const ClosedDaysForm = diarySetupChannels['diary:closed-days:set'].input;
export type ClosedDaysValues = z.input<typeof ClosedDaysForm>;
export type ClosedDaysOutput = z.output<typeof ClosedDaysForm>;
export type ClosedRow = ClosedDaysValues['items'][number];

export const closedValues = (days: readonly ClosedDay[]): ClosedDaysValues => ({
  items: days.map((c) => ({ from: c.from, to: c.to, clinicianId: c.clinicianId, label: c.label })),
});
