// Normalizes the hand-written gazetteer files in place:
//   node scripts/gazetteer/normalize.mjs
// recomputes zh-Hant from zh (OpenCC, see lib.mjs: edit zh, never zh-Hant), puts keys in the documented
// order, sorts entries by id and writes 2-space JSON with the shared _format header. Running it
// twice changes nothing. countries.json is not touched here: build-countries.mjs generates it.
import { readGazetteer, writeGazetteer } from './lib.mjs';

const HAND_WRITTEN = ['organizations.json', 'people.json', 'places.json', 'initiatives.json'];

for (const file of HAND_WRITTEN) {
  const doc = readGazetteer(file);
  const count = writeGazetteer(file, doc._sources, doc.entries, { deriveHant: true });
  console.log(`${file}: ${count} entries`);
}
