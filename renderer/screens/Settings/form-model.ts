import { z } from 'zod';
import { getCountries } from 'libphonenumber-js/min';
import { ClinicianInput, phoneText, Settings, type DateFormat } from '../../../shared/contract';

/*
 * The Settings forms' schemas: the contract's own, with a blank phone allowed and explained field
 * by field (the contract's `'' | phone` union would only say "invalid" for "call us").
 */

/** Blank, or a phone as people type it; the message names what is wrong with it. */
export const optionalPhone = z
  .string()
  .trim()
  .superRefine((typed, ctx) => {
    if (typed === '') return;
    const parsed = phoneText.safeParse(typed);
    if (!parsed.success)
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
  });

export const ClinicForm = Settings.pick({
  clinicName: true,
  clinicAddress: true,
  dateFormat: true,
  country: true,
}).extend({ clinicPhone: optionalPhone });
export type ClinicForm = z.infer<typeof ClinicForm>;
export const CLINIC_FIELDS = ['clinicName', 'clinicAddress', 'clinicPhone', 'dateFormat', 'country'] as const;

export const clinicValues = (s: Settings): ClinicForm => ({
  clinicName: s.clinicName,
  clinicAddress: s.clinicAddress,
  clinicPhone: s.clinicPhone,
  dateFormat: s.dateFormat,
  country: s.country,
});

export const ClinicianForm = ClinicianInput.extend({ phone: optionalPhone });
export type ClinicianForm = z.infer<typeof ClinicianForm>;
export const CLINICIAN_FIELDS = ['name', 'title', 'phone'] as const;

export const DATE_FORMATS: readonly DateFormat[] = ['DD.MM.YYYY', 'DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD'];

/** Every country libphonenumber knows, named in the UI's language and sorted by that name. */
export function countryOptions(locale: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  return getCountries()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/**
 * A Controller's field props for an MUI TextField without `ref`: the ref goes to `inputRef`, so
 * RHF focuses the input itself (a ref on the TextField would land on its outer div).
 */
export function withoutRef<F extends { ref: unknown }>(field: F): Omit<F, 'ref'> {
  const { ref: _ref, ...rest } = field;
  return rest;
}
