import { describe, expect, it } from 'vitest';
import { applyCommand, createWorkspace, point, type Command, type Workspace } from './index';
import { catalogueSource, employerSource, funderSource, hostSource } from './source-now';

const ws = createWorkspace('Nordjylland');
const apply = (w: Workspace, ...commands: Command[]) => commands.reduce(applyCommand, w);
const region = (w: Workspace) => w.funders.find((f) => f.id === 'region')!;
const OWN = { kind: 'user' };

describe('where a part’s value comes from now', () => {
  it('a funder’s amount typed is the user’s (the handout cited seed 001’s “0 efter regionernes udtræden” beside 1.000.000); typed back, the seed again; its name or months are not its amount', () => {
    expect(funderSource(ws, region(ws))).toMatchObject({ kind: 'seed', document: '001' });
    const typed = apply(ws, { type: 'setFunder', funderId: 'region', patch: { amount: point(1_000_000) } });
    expect(funderSource(typed, region(typed))).toEqual(OWN);
    const back = apply(typed, { type: 'setFunder', funderId: 'region', patch: { amount: point(0) } });
    expect(funderSource(back, region(back))).toEqual(region(ws).source);
    // A record that stored the user's source beside the default amount cites the seed again.
    const stored = { ...back, funders: back.funders.map((f) => (f.id === 'region' ? { ...f, source: OWN } : f)) } as Workspace;
    expect(funderSource(stored, region(stored))).toEqual(region(ws).source);
    const renamed = apply(ws, { type: 'setFunder', funderId: 'region', patch: { name: { da: 'Regionen', en: 'The region' }, to: { year: 2027, month: 6 } } });
    expect(funderSource(renamed, region(renamed))).toEqual(region(ws).source);
    const inFte = apply(ws, { type: 'setFunder', funderId: 'region', patch: { unit: 'fte', amount: point(0) } });
    expect(funderSource(inFte, region(inFte))).toEqual(OWN);
  });

  it('each of a host’s two costs, and a task’s effort and amount, has its own: one typed leaves the other’s source', () => {
    const rotating = (w: Workspace) => w.hosts.find((h) => h.id === 'rotating')!;
    const travel = apply(ws, { type: 'setHostCost', hostId: 'rotating', key: 'fixedCost', value: point(60_000) });
    expect(hostSource(travel, rotating(travel), 'fixedCost')).toEqual(OWN);
    expect(hostSource(travel, rotating(travel), 'costPerFte')).toMatchObject({ kind: 'assumption' });
    const task = (w: Workspace) => w.catalogue.find((t) => t.id === 'guidance-1to1-sparring')!;
    const effort = apply(ws, { type: 'setCatalogueTask', taskId: 'guidance-1to1-sparring', effort: point(50) });
    expect(catalogueSource(effort, task(effort), 'effort')).toEqual(OWN);
    expect(catalogueSource(effort, task(effort), 'activity')).toMatchObject({ kind: 'seed', document: '001' });
  });

  it('an employer’s administration, a municipality made employer or host too', () => {
    const brn = (w: Workspace) => w.employers.find((e) => e.id === 'brnSecretariat')!;
    const admin = apply(ws, { type: 'setEmployerAdminCost', employerId: 'brnSecretariat', cost: point(30_000) });
    expect(employerSource(ws, brn(ws))).toMatchObject({ kind: 'seed' });
    expect(employerSource(admin, brn(admin))).toEqual(OWN);
    const thisted = ws.municipalities.find((m) => m.name === 'Thisted')!.code;
    const added = apply(ws, { type: 'addMunicipalityHost', code: thisted }, { type: 'setHostCost', hostId: `host-${thisted}`, key: 'costPerFte', value: point(90_000) });
    const host = added.hosts.find((h) => h.id === `host-${thisted}`)!;
    expect(hostSource(added, host, 'costPerFte')).toEqual(OWN);
    expect(hostSource(added, host, 'fixedCost')).toMatchObject({ kind: 'assumption' });
  });

  it('a part the defaults do not hold keeps its own source: a funder added here is the user’s from the start', () => {
    const added = apply(ws, { type: 'addFunder', funder: { id: 'realdania', kind: 'external', name: { da: 'Realdania', en: 'Realdania' }, unit: 'kr', amount: point(200_000), from: null, to: null, approvedAmount: null, source: { kind: 'user' } } });
    expect(funderSource(added, added.funders.find((f) => f.id === 'realdania')!)).toEqual(OWN);
  });
});
