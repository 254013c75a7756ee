/** Encoded share-link lengths; printed as JSON rows for scripts/bench.mjs. */
import { createWorkspace } from '../../src/model';
import { encodeWorkspace } from '../../src/share/codec';
import { tenEditComparison } from '../../src/share/test-comparison';

const rows = [
  { name: 'Share link, default comparison (4 presets)', chars: (await encodeWorkspace(createWorkspace())).length, target: 300 },
  { name: 'Share link, default comparison + 10 edits', chars: (await encodeWorkspace(tenEditComparison())).length, target: 300 },
];
console.log(JSON.stringify(rows));
