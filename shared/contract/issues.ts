import type { z } from 'zod';
import type { ValidationIssue } from './envelope';

/**
 * Flattens zod issues into path + message key pairs, the form the renderer shows inline.
 * Our own refinements already carry keys; zod's built-in messages are English sentences,
 * so they are mapped to keys here instead of leaking into the UI.
 */
export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: messageKey(issue),
  }));
}

function messageKey(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.endsWith('received undefined') ? 'required' : 'invalidValue';
    case 'invalid_value':
      return 'chooseOne';
    case 'custom':
    case 'too_small':
    case 'too_big':
      return issue.message.includes(' ') ? 'invalidValue' : issue.message;
    default:
      return 'invalidValue';
  }
}
