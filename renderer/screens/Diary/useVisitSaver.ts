import { useRef, useState } from 'react';
import type { BookingResult, BookingWarning } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { useApiMutation } from '../../data';
import type { PlannedVisit } from './prechecks';
import type { WarningQuestion } from './warnings';

/**
 * The one path a visit takes to main, from the dialog or a drag: ask main what it would warn
 * about (`appointments:check`), ask the receptionist, and only then store.
 */
export function useVisitSaver() {
  const api = useApi();
  const create = useApiMutation('appointments:create');
  const move = useApiMutation('appointments:move');
  const [question, setQuestion] = useState<WarningQuestion | null>(null);
  const answer = useRef<((confirmed: boolean) => void) | null>(null);

  /** The warnings main would give, or null when the receptionist chose not to go ahead. */
  const confirm = async (
    visit: PlannedVisit,
    names: { child: string; clinician: string },
  ): Promise<BookingWarning[] | null> => {
    const { warnings } = await api.call('appointments:check', {
      id: visit.id,
      patientId: visit.patientId,
      clinicianId: visit.clinicianId,
      start: { date: visit.date, time: visit.time },
      durationMinutes: visit.durationMinutes,
    });
    if (warnings.length === 0) return warnings;
    const confirmed = await new Promise<boolean>((resolve) => {
      answer.current = resolve;
      setQuestion({ warnings, ...names, date: visit.date, time: visit.time, move: visit.id !== null });
    });
    return confirmed ? warnings : null;
  };

  return {
    confirm,
    question,
    onAnswer(confirmed: boolean) {
      setQuestion(null);
      answer.current?.(confirmed);
      answer.current = null;
    },
    create: (input: Parameters<typeof create.mutateAsync>[0]): Promise<BookingResult> => create.mutateAsync(input),
    move: (input: Parameters<typeof move.mutateAsync>[0]): Promise<BookingResult> => move.mutateAsync(input),
  };
}

export type VisitSaver = ReturnType<typeof useVisitSaver>;
