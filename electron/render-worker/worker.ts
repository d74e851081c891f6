import { parentPort, workerData } from 'node:worker_threads';
import { loadFonts } from '../pdf/kit/fonts';
import type { FromWorker, ToWorker } from './protocol';
import { renderJob, toFailure } from './render-job';

/*
 * A render worker's entry (built as out/main/render-worker.js, next to main.js). It loads the
 * renderer and parses the fonts once, says it is ready, then renders one job at a time: the
 * bytes are transferred back, and a renderer error goes back as data naming the field.
 */

export { renderJob } from './render-job';

const port = parentPort;
if (port) {
  const { fontsDir } = (workerData ?? {}) as { fontsDir?: string };
  loadFonts(fontsDir);
  port.on('message', (message: ToWorker) => {
    void renderJob(message.job).then(
      ({ bytes, pages, sha256 }) => {
        // Transfer the whole buffer; a pooled slice is copied into one of its own first.
        const own =
          bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
        const reply: FromWorker = { id: message.id, ok: true, bytes: own, pages, sha256 };
        port.postMessage(reply, [own.buffer as ArrayBuffer]);
      },
      (error: unknown) =>
        port.postMessage({ id: message.id, ok: false, failure: toFailure(error) } satisfies FromWorker),
    );
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}
