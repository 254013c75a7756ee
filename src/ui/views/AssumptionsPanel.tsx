/** Every shared assumption as an editable input, labelled with its source. */
import { For } from 'solid-js';
import { ASSUMPTION_SOURCES, edits, point } from '../../model';
import { EstimateField } from '../EstimateField';
import { useApp } from '../state/app-store';

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
          <tr>
            <th scope="row">{t('assumption_costPerFte')}</th>
            <td>
              <EstimateField label={t('assumption_costPerFte')} value={a().costPerFte} onChange={(v) => actions.edit((ws) => edits.updateAssumptions(ws, { costPerFte: v }))} />
            </td>
            <td class="source">{local(ASSUMPTION_SOURCES.costPerFte)}</td>
          </tr>
          <tr>
            <th scope="row">{t('assumption_fixedOperatingCost')}</th>
            <td>
              <EstimateField label={t('assumption_fixedOperatingCost')} value={a().fixedOperatingCost} onChange={(v) => actions.edit((ws) => edits.updateAssumptions(ws, { fixedOperatingCost: v }))} />
            </td>
            <td class="source">{local(ASSUMPTION_SOURCES.fixedOperatingCost)}</td>
          </tr>
          <tr>
            <th scope="row">{t('assumption_openingReserve')}</th>
            <td>
              <EstimateField label={t('assumption_openingReserve')} value={point(a().openingReserve)} allowRange={false} onChange={(v) => actions.edit((ws) => edits.updateAssumptions(ws, { openingReserve: v.central }))} />
            </td>
            <td class="source">{local(ASSUMPTION_SOURCES.openingReserve)}</td>
          </tr>
          <tr>
            <th scope="row">{t('assumption_vulnerableBelowFte')}</th>
            <td>
              <EstimateField label={t('assumption_vulnerableBelowFte')} value={point(a().vulnerableBelowFte)} digits={1} allowRange={false} max={20} onChange={(v) => actions.edit((ws) => edits.updateAssumptions(ws, { vulnerableBelowFte: v.central }))} />
            </td>
            <td class="source">{local(ASSUMPTION_SOURCES.vulnerableBelowFte)}</td>
          </tr>
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
