export * from './days';
export * from './local-time';
export * from './clock';
export * from './format';
