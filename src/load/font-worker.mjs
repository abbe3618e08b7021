// Cuts fonts with HarfBuzz's subsetter (subset-font) on a worker thread. HarfBuzz runs as WebAssembly, whose
// memory only grows: on the build's own thread a cut of the 16 MB Chinese face would keep ~100 MB for the
// rest of the build; here it is returned when the worker ends. Plain JavaScript, run by Node unbundled.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import subsetFont from 'subset-font';

const cuts = [];
for (const { file, text, format } of workerData) cuts.push(new Uint8Array(await subsetFont(readFileSync(file), text, { targetFormat: format })));
parentPort.postMessage(cuts, cuts.map((c) => c.buffer));
