import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentStreams } from './print-helpers';

/** A PDF object holding `text` compressed, the way pdfkit writes a page's content. */
function flateObject(id: number, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`${id} 0 obj\n<<\n/Filter /FlateDecode\n/Length ${data.length}\n>>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
  ]);
}

describe('reading a PDF’s content streams back', () => {
  it('reads a stream whose compressed bytes end in a carriage return, and the next one after it', () => {
    // About one stream in 256 ends in 0x0D; find such a drawing.
    let text = '';
    let data = Buffer.alloc(0);
    for (let n = 0; data.at(-1) !== 0x0d; n++) {
      text = `0 0 0 rg ${n} 10 20 20 re f`;
      data = zlib.deflateSync(text);
    }
    const second = '1 1 1 rg 0 0 5 5 re f';
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.3\n', 'latin1'),
      flateObject(1, data),
      flateObject(2, zlib.deflateSync(second)),
    ]);
    expect(contentStreams(pdf)).toEqual([text, second]);
  });
});
