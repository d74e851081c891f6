export * from './kit/glyph-check';
