import { z } from 'zod';
import { CLINICAL, EVERY_ROLE } from './access';
import { RowVersion } from './row-version';
import { lineText, phoneText } from './text';

export const ClinicianInput = z.object({
  name: lineText(120),
  /** As it should print, e.g. "Pediatric orthopedist". */
  title: lineText(120),
  phone: z.union([z.literal(''), phoneText]),
  active: z.boolean(),
});
export type ClinicianInput = z.infer<typeof ClinicianInput>;

export const Clinician = ClinicianInput.extend({ id: z.number().int().positive(), version: RowVersion });
export type Clinician = z.infer<typeof Clinician>;

export const clinicianChannels = {
  /** The practice's clinicians, active first, by name. */
  'clinicians:list': { input: z.object({}), output: z.array(Clinician), access: EVERY_ROLE },
  /** Add a clinician. */
  'clinicians:create': { input: ClinicianInput, output: Clinician, access: CLINICAL },
  /** Change a clinician (set `active: false` instead of deleting: past visits keep the name). */
  'clinicians:update': {
    input: z.object({ id: z.number().int().positive(), version: RowVersion, clinician: ClinicianInput }),
    output: Clinician,
    access: CLINICAL,
  },
} as const;
