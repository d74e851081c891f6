import {
  contract,
  isChannel,
  toValidationIssues,
  type Channel,
  type ChannelOutput,
  type ChannelParsedInput,
  type Envelope,
} from '../shared/contract';
import { AppError } from './services/errors';

/** One async function per channel; a channel without a handler does not compile. */
export type Handlers = {
  [C in Channel]: (input: ChannelParsedInput<C>) => Promise<ChannelOutput<C>>;
};

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  /** Where unexpected errors go (they reach the renderer only as a generic message). */
  logError?: (channel: string, error: unknown) => void;
}

/** Channel name -> parse input -> handler -> envelope. Invalid input never reaches a handler. */
export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((channel, error) => console.error(`[${channel}]`, error));
  return async (channel, input) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Unknown channel: ${String(channel)}` } };
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'Some fields need attention.',
          issues: toValidationIssues(parsed.error),
        },
      };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) {
        const { code, message, issues } = error;
        return { ok: false, error: issues ? { code, message, issues } : { code, message } };
      }
      logError(channel, error);
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong; nothing was saved. Please try again.' },
      };
    }
  };
}
