/** Encoded share-link lengths; printed as JSON rows for scripts/bench.mjs. */
import { applyCommand, createWorkspace } from '../../src/model';
import { encodeWorkspace } from '../../src/share/codec';
import { TEN_EDITS } from '../../src/share/fixtures/ten-edits';

const rows = [
  { name: 'Share link, default comparison (5 presets)', chars: (await encodeWorkspace(createWorkspace())).length, target: 120 },
  { name: 'Share link, default comparison + 10 edits', chars: (await encodeWorkspace(TEN_EDITS.reduce(applyCommand, createWorkspace()))).length, target: 500 },
];
console.log(JSON.stringify(rows));
