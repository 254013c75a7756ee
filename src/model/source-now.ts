/**
 * Where a part's value comes from now: the source it was made with (a seed's words, an
 * assumption's reason) while it holds the value the region's defaults give it, the user's own
 * once changed — as an assumption's (assumptionSource). A part's one source had gone on citing
 * "Kilde 001 … 0 efter regionernes udtræden" beside the region's 1.000.000 kr., in the handout
 * too (a fresh-eyes walk). Worked out, not stored: a typed-back default cites its source again,
 * an undo needs no source of its own, and workspaces stored before say the truth as well. A part
 * the defaults do not hold (added by the user, or of an older region's preset) keeps its own.
 */
import { municipalityEmployer, municipalityEmployerId, municipalityHost, municipalityHostId } from './anchoring';
import { createWorkspace } from './defaults';
import { sameEstimate, type Estimate } from './estimate';
import { OWN_ENTRY, type Source } from './sources';
import type { CatalogueTask, Employer, Funder, Host, RegionName, Workspace } from './types';

/** The region's default workspace, made once per region: only its parts' values are read. */
const defaultsOf = (() => {
  const made = new Map<RegionName, Workspace>();
  return (region: RegionName): Workspace => {
    let ws = made.get(region);
    if (!ws) made.set(region, (ws = createWorkspace(region)));
    return ws;
  };
})();

/** `original`: the part as the defaults make it, with its source (none: the defaults do not hold it). */
const sourceNow = (source: Source, now: Estimate, original: { readonly value: Estimate; readonly source: Source } | undefined): Source =>
  // Typed back to the default: the default's source, also where a record stored it as the user's.
  !original ? source : sameEstimate(now, original.value) ? original.source : OWN_ENTRY;

/** A funder's amount (with its unit). */
export function funderSource(ws: Workspace, f: Funder): Source {
  const original = defaultsOf(ws.region).funders.find((d) => d.id === f.id);
  if (original && original.unit !== f.unit) return OWN_ENTRY;
  return sourceNow(f.source, f.amount, original && { value: original.amount, source: original.source });
}

/** A catalogue task's effort or activity. */
export function catalogueSource(ws: Workspace, task: CatalogueTask, field: 'effort' | 'activity'): Source {
  const original = defaultsOf(ws.region).catalogue.find((d) => d.id === task.id);
  return sourceNow(task.source, task[field], original && { value: original[field], source: original.source });
}

/** An employer's administration cost. */
export function employerSource(ws: Workspace, e: Employer): Source {
  const m = ws.municipalities.find((x) => municipalityEmployerId(x.code) === e.id);
  const original = m ? municipalityEmployer(m) : defaultsOf(ws.region).employers.find((d) => d.id === e.id);
  return sourceNow(e.adminSource, e.adminCost, original && { value: original.adminCost, source: original.adminSource });
}

/** A host's rent, IT and HR per FTE, or its fixed cost. */
export function hostSource(ws: Workspace, h: Host, field: 'costPerFte' | 'fixedCost'): Source {
  const m = ws.municipalities.find((x) => municipalityHostId(x.code) === h.id);
  const original = m ? municipalityHost(m) : defaultsOf(ws.region).hosts.find((d) => d.id === h.id);
  return sourceNow(h.source, h[field], original && { value: original[field], source: original.source });
}
