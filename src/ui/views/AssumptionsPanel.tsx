/** Every shared assumption as an editable input, labelled with its source. */
import { For } from 'solid-js';
import { ASSUMPTION_SOURCES, edits, point, type Assumptions, type Estimate } from '../../model';
import { EstimateField } from '../EstimateField';
import { useApp } from '../state/app-store';

/** The workspace-wide assumptions: which may be ranges, and how the field reads and writes them. */
const GLOBAL_ASSUMPTIONS: readonly {
  key: keyof Assumptions;
  get: (a: Assumptions) => Estimate;
  set: (v: Estimate) => Partial<Assumptions>;
  range: boolean;
  digits?: number;
  max?: number;
}[] = [
  { key: 'costPerFte', get: (a) => a.costPerFte, set: (v) => ({ costPerFte: v }), range: true },
  { key: 'fixedOperatingCost', get: (a) => a.fixedOperatingCost, set: (v) => ({ fixedOperatingCost: v }), range: true },
  { key: 'openingReserve', get: (a) => point(a.openingReserve), set: (v) => ({ openingReserve: v.central }), range: false },
  { key: 'vulnerableBelowFte', get: (a) => point(a.vulnerableBelowFte), set: (v) => ({ vulnerableBelowFte: v.central }), range: false, digits: 1, max: 20 },
];

export default function AssumptionsPanel() {
  const { i18n, workspace, actions } = useApp();
  const { t, local } = i18n;
  const a = () => workspace().assumptions;
  const setLocation = (id: string, patch: Record<string, unknown>) =>
    actions.edit((ws) => ({ ...ws, locations: ws.locations.map((l) => (l.id === id ? { ...l, ...patch } : l)) }));

  return (
    <section class="panel" aria-labelledby="assumptions-title">
      <h2 id="assumptions-title">{t('tabAssumptions')}</h2>
      <p class="hint">{t('assumptionsIntro')}</p>
      <table class="data-table assumptions">
        <thead>
          <tr>
            <th scope="col">{t('assumption')}</th>
            <th scope="col">{t('value')}</th>
            <th scope="col">{t('source')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={GLOBAL_ASSUMPTIONS}>
            {(row) => (
              <tr>
                <th scope="row">{t(`assumption_${row.key}`)}</th>
                <td>
                  <EstimateField
                    label={t(`assumption_${row.key}`)}
                    value={row.get(a())}
                    allowRange={row.range}
                    digits={row.digits}
                    max={row.max}
                    onChange={(v) => actions.edit((ws) => edits.updateAssumptions(ws, row.set(v)))}
                  />
                </td>
                <td class="source">{local(ASSUMPTION_SOURCES[row.key])}</td>
              </tr>
            )}
          </For>
          <For each={workspace().locations}>
            {(l) => (
              <>
                <tr>
                  <th scope="row">{t('locationCostPerFte', { location: local(l.name) })}</th>
                  <td>
                    <EstimateField label={t('locationCostPerFte', { location: local(l.name) })} value={l.costPerFte} onChange={(v) => setLocation(l.id, { costPerFte: v })} />
                  </td>
                  <td class="source">{local(ASSUMPTION_SOURCES.locationCost)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('locationFixed', { location: local(l.name) })}</th>
                  <td>
                    <EstimateField label={t('locationFixed', { location: local(l.name) })} value={l.fixedCost} onChange={(v) => setLocation(l.id, { fixedCost: v })} />
                  </td>
                  <td class="source">{local(ASSUMPTION_SOURCES.locationCost)}</td>
                </tr>
              </>
            )}
          </For>
          <tr>
            <th scope="row">{t('rowBaseGrant')}</th>
            <td class="num">→ {t('tabGrid')}</td>
            <td class="source">{local(ASSUMPTION_SOURCES.baseGrant)}</td>
          </tr>
          <tr>
            <th scope="row">{t('rowRegion')}</th>
            <td class="num">→ {t('tabGrid')}</td>
            <td class="source">{local(ASSUMPTION_SOURCES.region)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
