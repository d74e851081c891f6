export * from './kit/qr';
