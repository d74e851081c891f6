import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { validationIssues } from '../errors';

/**
 * Main refused the input (VALIDATION) and named the fields: put each message on its field
 * (`guardians.1.phone`), focus the first, and return true. Any other failure returns false and
 * the form shows it as a failed save. `message` turns main's message key into a sentence.
 */
export function applyServerIssues<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  message: (key: string) => string,
  knownFields?: readonly string[],
): boolean {
  const issues = validationIssues(error);
  if (!issues) return false;
  let first = true;
  for (const issue of issues) {
    const path = issue.path || 'root';
    const known = !knownFields || knownFields.some((f) => path === f || path.startsWith(`${f}.`));
    setError(
      (known ? path : 'root') as Path<T>,
      { type: 'server', message: message(issue.message) },
      {
        shouldFocus: first,
      },
    );
    first = false;
  }
  return true;
}
