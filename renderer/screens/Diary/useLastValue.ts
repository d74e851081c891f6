import { useState } from 'react';

/** `value`, or while it is undefined (the next answer is loading) the last one it had: no flash of emptiness. */
export function useLastValue<T>(value: T | undefined): T | undefined {
  const [last, setLast] = useState(value);
  if (value !== undefined && value !== last) setLast(value);
  return value ?? last;
}
