import { random, type SeededChild } from './seed-patients';

/**
 * What a receptionist types (as patient-search.bench.ts): 2–4 letters of a first, last or
 * guardian's name or digits of a phone group, in either case, and a quarter of two-word queries
 * ("Ema Nov"). The same `seed` gives the same queries.
 */
export function typedQueries(children: readonly SeededChild[], count: number, seed = 11): string[] {
  const rnd = random(seed);
  const prefix = (c: SeededChild) => {
    const source = [c.firstName, c.lastName, c.guardianName.split(' ')[0]!, c.phone.split(' ')[1]!][
      Math.floor(rnd() * 4)
    ]!;
    const typed = source.slice(0, 2 + Math.floor(rnd() * 3));
    return rnd() < 0.5 ? typed.toLowerCase() : typed.toUpperCase();
  };
  const pick = () => children[Math.floor(rnd() * children.length)]!;
  return Array.from({ length: count }, () => {
    const c = pick();
    return rnd() < 0.25 ? `${c.firstName.slice(0, 3)} ${c.lastName.slice(0, 3)}` : prefix(c);
  });
}
