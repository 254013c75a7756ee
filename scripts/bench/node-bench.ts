/**
 * The model in node: full recomputes, and a one-scenario edit with the model's incremental
 * computer against HyperFormula's incremental recompute of the equivalent workbook, in the same
 * run (interleaved rounds, so both see the same machine). Prints one JSON object on its last line
 * for scripts/bench.mjs.
 *
 * HyperFormula is a devDependency, never part of the app's bundle: the workbook test recomputes
 * the exported .xlsx with it, and this bench loads it at run time from HF_DIR (the project).
 */
import { createRequire } from 'node:module';
import { activeIn, applyCommand, computeWorkspace, createWorkspaceComputer, point, portfolio, scenarioContext, type Workspace } from '../../src/model';
import { monthsIn } from '../../src/model/calendar';
import { indexFactor } from '../../src/model/compute';
import { totalActivity, totalEffort } from '../../src/model/portfolio';
import { defaultWorkspace, largeWorkspace, summarise } from './workloads';

type Timing = { median: number; p95: number };
function time(run: (i: number) => void, runs: number, warm = 20): Timing {
  for (let i = 0; i < warm; i++) run(-1 - i); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run(i);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

const large = largeWorkspace();
const northJutland = defaultWorkspace();
/** The edited scenarios: every one but the baseline (whose edit also redoes every difference), in turn. */
const edited = large.scenarios.filter((s) => s.id !== large.baselineScenarioId).map((s) => s.id);
const grant = (i: number) => 1_000_000 + ((i * 7_919) % 500) * 1_000;

// ——— Ours: applyCommand (the new input) + the incremental computer (recompute) ———

function ours() {
  const compute = createWorkspaceComputer();
  let current = large;
  compute(current);
  let computeOnly: number[] = [];
  const step = (i: number) => {
    current = applyCommand(current, { type: 'setFunding', scenarioId: edited[(i + edited.length * 100) % edited.length]!, funderId: 'brn', amount: point(grant(i)) });
    const start = performance.now();
    compute(current);
    computeOnly.push(performance.now() - start);
  };
  return { step, computeOnly: () => computeOnly, reset: () => (computeOnly = []) };
}

// ——— HyperFormula: the same workspace as a workbook, one sheet per scenario ———

interface HfChange {
  address?: { sheet: number; row: number; col: number };
}
interface HfEngine {
  setCellContents(address: { sheet: number; row: number; col: number }, content: unknown[][]): HfChange[];
  getCellValue(address: { sheet: number; row: number; col: number }): unknown;
  getSheetId(name: string): number | undefined;
}

/** Rows of each scenario's sheet (0-based); columns B… are the years, A holds labels or shares. */
const R = { share: 0, fte: 1, costPerFte: 2, wage: 3, price: 4, activity: 5, admin: 6, hostPerFte: 7, hostFixed: 8, staff: 9, activities: 10, administration: 11, host: 12, cost: 13, brnShare: 14, brn: 15, others: 16, planned: 17, balanceStart: 18, drawn: 19, balanceEnd: 20, supplement: 21, baseGrant: 22, firstMunicipality: 24 };

function workbook(ws: Workspace) {
  const total = computeWorkspace(ws);
  const brn = ws.funders.find((f) => f.id === 'brn')!;
  const sheets: Record<string, (string | number)[][]> = {};
  for (const s of ws.scenarios) {
    const result = total.scenarios.find((r) => r.scenarioId === s.id)!;
    const { employer, host } = scenarioContext(ws, s);
    const tasks = portfolio(ws.catalogue, s);
    const a = ws.assumptions;
    const years = result.years.map((y) => y.year);
    const col = (j: number) => String.fromCharCode(66 + j); // B, C, …
    const rows: (string | number)[][] = Array.from({ length: R.firstMunicipality + ws.municipalities.length }, () => []);
    const set = (row: number, j: number, v: string | number) => (rows[row]![j + 1] = v);
    years.forEach((year, j) => {
      const c = col(j);
      const ref = (row: number) => `${c}${row + 1}`;
      const active = activeIn(tasks, year);
      const fte = s.staffing ?? totalEffort(active);
      set(R.share, j, monthsIn(year, { from: s.start, to: s.end }) / 12);
      set(R.fte, j, fte.central);
      set(R.costPerFte, j, (s.costPerFte ?? a.costPerFte).central);
      set(R.wage, j, indexFactor(a.wageIndexation, year, a.priceYear));
      set(R.price, j, indexFactor(a.priceIndexation, year, a.priceYear));
      set(R.activity, j, totalActivity(active).central);
      set(R.admin, j, employer.adminCost.central);
      set(R.hostPerFte, j, host.costPerFte.central);
      set(R.hostFixed, j, host.fixedCost.central);
      set(R.staff, j, `=ROUND(${ref(R.fte)}*${ref(R.costPerFte)}*(${ref(R.wage)}*${ref(R.share)}/100), 0)`);
      set(R.activities, j, `=ROUND(${ref(R.activity)}*(${ref(R.price)}*${ref(R.share)}), 0)`);
      set(R.administration, j, `=ROUND(${ref(R.admin)}*(${ref(R.price)}*${ref(R.share)}), 0)`);
      set(R.host, j, `=ROUND(${ref(R.fte)}*${ref(R.hostPerFte)}*(${ref(R.price)}*${ref(R.share)}/100), 0)+ROUND(${ref(R.hostFixed)}*(${ref(R.price)}*${ref(R.share)}), 0)`);
      set(R.cost, j, `=SUM(${ref(R.staff)}:${ref(R.host)})`);
      set(R.brnShare, j, monthsIn(year, { from: s.start, to: s.end }, brn) / 12);
      set(R.brn, j, `=ROUND($B$${R.baseGrant + 1}*${ref(R.brnShare)}, 0)`);
      // The other funders (region, external) do not depend on the edited cell: their amounts.
      set(R.others, j, result.years[j]!.funding.funders.filter((f) => f.funderId !== 'brn').reduce((sum, f) => sum + f.amount.central, 0));
      set(R.planned, j, s.reserveDrawdown[String(year)] ?? 0);
      set(R.balanceStart, j, j === 0 ? a.openingReserve : `=${col(j - 1)}${R.balanceEnd + 1}`);
      set(R.drawn, j, `=MAX(0, MIN(${ref(R.planned)}, ${ref(R.balanceStart)}, ${ref(R.cost)}-${ref(R.brn)}-${ref(R.others)}))`);
      set(R.balanceEnd, j, `=${ref(R.balanceStart)}-${ref(R.drawn)}`);
      set(R.supplement, j, `=MAX(0, ${ref(R.cost)}-${ref(R.brn)}-${ref(R.others)}-${ref(R.drawn)})`);
      ws.municipalities.forEach((_, m) => set(R.firstMunicipality + m, j, `=${c}$${R.supplement + 1}*$A${R.firstMunicipality + m + 1}`));
    });
    rows[R.baseGrant]![1] = (s.funding['brn'] ?? brn.amount).central;
    ws.municipalities.forEach((_, m) => (rows[R.firstMunicipality + m]![0] = result.allocationShares[m]!));
    sheets[s.id] = rows.map((r) => Array.from({ length: years.length + 1 }, (_, k) => r[k] ?? null)) as (string | number)[][];
  }
  return { sheets, total };
}

function hyperFormula() {
  const dir = process.env['HF_DIR'];
  if (!dir) return null;
  const { HyperFormula } = createRequire(`${dir}/package.json`)('hyperformula') as { HyperFormula: { buildFromSheets(sheets: unknown, config: object): HfEngine; version: string } };
  const { sheets, total } = workbook(large);
  const started = performance.now();
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  const buildMs = performance.now() - started;
  // The workbook must compute what the model computes: every year's cost and supplement.
  let worst = 0;
  let cells = 0;
  for (const r of total.scenarios) {
    const sheet = hf.getSheetId(r.scenarioId)!;
    r.years.forEach((y, j) => {
      for (const [row, want] of [
        [R.cost, y.cost.total.central],
        [R.supplement, y.supplement.central],
        [R.drawn, y.funding.reserve.central],
      ] as const) {
        worst = Math.max(worst, Math.abs(Number(hf.getCellValue({ sheet, row, col: j + 1 })) - want));
        cells++;
      }
    });
  }
  const sheetOf = edited.map((id) => hf.getSheetId(id)!);
  let changed = 0;
  const step = (i: number) => {
    const out = hf.setCellContents({ sheet: sheetOf[(i + sheetOf.length * 100) % sheetOf.length]!, row: R.baseGrant, col: 1 }, [[grant(i)]]);
    changed = out.length;
  };
  return { step, version: HyperFormula.version, buildMs, worst, cells, changed: () => changed, formulas: large.scenarios.length * (10 * 13 + 10 * large.municipalities.length) };
}

// ——— The run ———

const rows: { name: string; target: number; median: number; p95: number }[] = [
  // The workspace is made once, outside the timer: the row is the recompute, not the seeding
  // (it timed createWorkspace too). A fresh computer each call: nothing is remembered. 3 000
  // warm-up computes (about half a second), because V8 was still tiering up after 200: with
  // --trace-opt, 60-odd optimisations and deopts fell inside the 500 timed computes, each
  // stalling one compute by ~4 ms (p95 0,8–3 ms); after 3 000 there were none (p95 ~0,2 ms).
  // A session's worker recomputes the same workspace at every edit: the settled JIT is the case.
  { name: 'Full recompute, default workspace (node)', target: 1, ...time(() => computeWorkspace(northJutland), 500, 3000) },
  { name: 'Full recompute, 98 × 50 × 10, distinct years (node)', target: 50, ...time(() => computeWorkspace(large), 20, 3) },
];

const o = ours();
const hf = hyperFormula();
const ourSamples: number[] = [];
const hfSamples: number[] = [];
for (let i = 0; i < 40; i++) o.step(-1 - i);
for (let i = 0; i < 40 && hf; i++) hf.step(-1 - i);
o.reset();
// Interleaved rounds: 10 × (20 of ours, 20 of HyperFormula's).
for (let round = 0; round < 10; round++) {
  for (let i = 0; i < 20; i++) {
    const k = round * 20 + i;
    const start = performance.now();
    o.step(k);
    ourSamples.push(performance.now() - start);
  }
  for (let i = 0; hf && i < 20; i++) {
    const k = round * 20 + i;
    const start = performance.now();
    hf.step(k);
    hfSamples.push(performance.now() - start);
  }
}
const ourEdit = summarise(ourSamples);
const ourCompute = summarise(o.computeOnly());
const hfEdit = hf ? summarise(hfSamples) : null;

console.log(
  JSON.stringify({
    rows,
    comparison: {
      edits: ourSamples.length,
      ours: ourEdit,
      oursComputeOnly: ourCompute,
      hyperformula: hfEdit,
      hyperformulaVersion: hf?.version ?? null,
      hyperformulaBuildMs: hf ? Math.round(hf.buildMs) : null,
      hyperformulaFormulas: hf?.formulas ?? null,
      hyperformulaChangedCells: hf?.changed() ?? null,
      equivalence: hf ? { cells: hf.cells, worstDifferenceKr: hf.worst } : null,
    },
  }),
);
