/*
 * Loaded into the Electronegativity process (node --require) by scripts/electron-security.ts.
 * Electronegativity writes its CSV report as two asynchronous fs.writeFile calls issued at once:
 * the header with flag 'w' (truncating), then the rows with flag 'a'. Nothing orders them, so on
 * a busy machine the truncating header can land last and leave a report with no rows, which read
 * as "no findings". Here fs.writeFile writes synchronously, in the order the calls were made, and
 * answers its callback afterwards, as before.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a preload for `node --require` is CommonJS
const fs = require('node:fs');

fs.writeFile = function orderedWriteFile(file, data, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  const opts = typeof options === 'function' ? undefined : options;
  let failure = null;
  try {
    fs.writeFileSync(file, data, opts);
  } catch (error) {
    failure = error;
  }
  if (done) process.nextTick(done, failure);
};
