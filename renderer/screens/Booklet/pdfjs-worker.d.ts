/** Vite's `?url` import: the built file's URL (used for the pdf.js worker). */
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}
