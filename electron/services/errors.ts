import type { ErrorCode, ValidationIssue } from '../../shared/contract';

/** An expected failure with a code the renderer understands; anything else is INTERNAL. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Field problems found past the schema (e.g. a character the PDF font cannot print). */
    readonly issues?: ValidationIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} was not found. It may have been removed; refresh the list.`);
}
