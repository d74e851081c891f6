import type { BookingWarning } from '../../../shared/contract';

/*
 * Before a visit is stored, main is asked what it would warn about (`appointments:check`, the
 * same rules as the booking itself), so the receptionist is asked first. Another desk may book in
 * between: anything main adds at the save is shown after it.
 */

export interface PlannedVisit {
  /** The visit being changed; null for a new one. */
  id: number | null;
  patientId: number;
  clinicianId: number;
  date: string;
  time: string;
  durationMinutes: number;
}

/** Main's warnings the receptionist was not asked about (another desk booked meanwhile). */
export function unexpected(saved: readonly BookingWarning[], asked: readonly BookingWarning[]): BookingWarning[] {
  return saved.filter((w) => !asked.some((a) => a.code === w.code && a.appointmentId === w.appointmentId));
}
