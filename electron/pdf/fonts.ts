export * from './kit/fonts';
