// fontkit ships no types; Valgo uses only `create`, to parse each font once per process.
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
