export * from './dates';
export * from './local-time';
