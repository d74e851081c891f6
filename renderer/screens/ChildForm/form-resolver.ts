import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { PatientInput } from '../../../shared/contract';
import { contactMissing, guardianPath, type FormValues } from './form-values';

/*
 * The form checks what is typed with the contract's own schema (zodResolver), so the form and
 * main refuse the same things with the same message keys. Zod's built-in issues (a choice not
 * made, a missing value) get keys too, and two rules read better said where the eye is:
 * a blank date "needs filling in" (not "is not a date"), and "no way to reach the family" sits
 * under the main contact's phone from the first Save, not only once every guardian is complete.
 */

const keyFor: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_value') return 'chooseOne';
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'required' : 'invalidValue';
  return 'invalidValue';
};

const contract = zodResolver(PatientInput, { error: keyFor });

export const CONTACT_PATH = guardianPath(0, 'phone');

export const childResolver: Resolver<FormValues, unknown, PatientInput> = async (values, context, options) => {
  const result = await contract(values as z.input<typeof PatientInput>, context, options as never);
  const errors = result.errors as FieldErrors<FormValues>;
  if (values.dateOfBirth === '' && errors.dateOfBirth) errors.dateOfBirth.message = 'required';
  if (contactMissing(values.guardians) && !errors.guardians?.[0]?.phone) {
    const guardians = (errors.guardians ?? []) as NonNullable<FieldErrors<FormValues>['guardians']>;
    const main = (guardians[0] ?? {}) as NonNullable<(typeof guardians)[number]>;
    main.phone = { type: 'contact', message: 'contactRequired' };
    guardians[0] = main;
    errors.guardians = guardians;
  }
  if (Object.keys(errors).length === 0) return { values: result.values as PatientInput, errors: {} };
  return { values: {}, errors };
};
