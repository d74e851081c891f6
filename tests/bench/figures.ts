import os from 'node:os';

/** Fewer runs than this and a p99 is just the slowest run (two cores, a shared machine). */
export const MIN_RUNS_FOR_P99 = 200;

/**
 * One benchmark figure, printed as a JSON line: `{"name","value","unit","load1m"}`. The machine's
 * 1-minute load average goes beside every figure: wall-clock times on a busy machine are slower.
 */
export function report(name: string, value: number, unit: string): void {
  const load1m = Number(os.loadavg()[0]!.toFixed(2));
  console.log(JSON.stringify({ name, value: Number(value.toFixed(3)), unit, load1m }));
}

/** The q-quantile (0..1) of `samples`, nearest-rank. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

/** The p99 of at least MIN_RUNS_FOR_P99 timed runs; fewer is a mistake in the bench. */
export function p99(samples: readonly number[]): number {
  if (samples.length < MIN_RUNS_FOR_P99) {
    throw new Error(`A p99 needs at least ${MIN_RUNS_FOR_P99} timed runs, not ${samples.length}.`);
  }
  return quantile(samples, 0.99);
}

/** Reports `name.p50`, `name.p99` and `name.runs` (milliseconds). */
export function reportTimes(name: string, samples: readonly number[]): void {
  report(`${name}.p50`, quantile(samples, 0.5), 'ms');
  report(`${name}.p99`, p99(samples), 'ms');
  report(`${name}.runs`, samples.length, 'count');
}

export interface Spread {
  p50: number;
  p99: number;
  max: number;
  runs: number;
}

/** Reports `name.p50`, `name.p99`, `name.max` and `name.runs` (milliseconds) and returns them. */
export function reportSpread(name: string, samples: readonly number[]): Spread {
  reportTimes(name, samples);
  const max = Math.max(...samples);
  report(`${name}.max`, max, 'ms');
  return { p50: quantile(samples, 0.5), p99: p99(samples), max, runs: samples.length };
}
