/**
 * The Content-Security-Policy sent with every renderer response, in Electron (app://) and in
 * browser mode. No remote origins, no inline script, no eval. Inline styles are allowed because
 * MUI (emotion) injects <style> tags at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // Browser mode prints a booklet from a hidden frame that shows the PDF from a blob: URL
  // (renderer/screens/Booklet/pdf-delivery.ts). pdf.js itself needs nothing more: its worker is a same-origin file.
  'frame-src blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
