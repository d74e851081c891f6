/**
 * Rounds num/den half up (toward +infinity at .5) in integer arithmetic. The §4.2 formula hits
 * exact halves (e.g. 5 + 7·3/6 = 8.5 -> 9), and float division could land a hair below .5.
 */
export function roundRatioHalfUp(num: number, den: number): number {
  if (!Number.isInteger(num) || !Number.isInteger(den) || den <= 0) throw new RangeError('integer ratio expected');
  return Math.floor((2 * num + den) / (2 * den));
}
