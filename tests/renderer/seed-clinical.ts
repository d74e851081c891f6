import { createApi } from '../../renderer/api';
import type { Channel, ChannelInput } from '../../shared/contract';
import { seedChild, seedClinician, type RealCore, type SeedChild } from './real-core';

/*
 * Set-ups for the assessment and recall tests, through the real services (tests/renderer/real-core.ts).
 */

/** A child and the practice's clinicians (two active, one who has left), as a clinic has them. */
export async function clinicWithChild(real: RealCore, child: SeedChild, options: { clinicians?: number } = {}) {
  const irina = await seedClinician(real, 'Dr Irina Volkova', 'Pediatric orthopedist');
  const pavel = (options.clinicians ?? 2) > 1 ? await seedClinician(real, 'Dr Pavel Orlov', 'Podiatrist') : null;
  const gone = await real.call('clinicians:create', {
    name: 'Dr Gone Away',
    title: 'Podiatrist',
    phone: '',
    active: false,
  });
  const patient = await seedChild(real, child);
  return { irina, pavel, gone, patient };
}

/**
 * The same core behind a renderer whose own checks are behind main's (an older install at another
 * desk): `alter` changes what the screen sends on `channel` on its way to main, and main's real
 * answer (a refusal) comes back to the screen. The screen's calls are still recorded in `calls`.
 */
export function alteredInTransit<C extends Channel>(
  real: RealCore,
  channel: C,
  alter: (input: ChannelInput<C>) => unknown,
): RealCore {
  const api = createApi(async (name, input) => {
    real.calls.push({ channel: name, input: structuredClone(input) });
    const sent = name === channel ? alter(input as ChannelInput<C>) : input;
    return real.core.dispatch(name, JSON.parse(JSON.stringify(sent ?? {})));
  });
  return { ...real, api };
}
