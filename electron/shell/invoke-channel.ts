/** The single IPC channel between preload and main; the contract channel travels as its first argument. */
export const INVOKE_CHANNEL = 'valgo:invoke';
