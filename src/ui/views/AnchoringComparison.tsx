/**
 * The three anchoring models side by side on the seed's aspects, with the users' criterion
 * weights and scores and the model's weighted result.
 */
import { For } from 'solid-js';
import type { MessageKey } from '../../i18n/i18n';
import { formatNumber } from '../../i18n/number-format';
import { edits, point, type AnchoringModel, type CriterionId, type LocalText } from '../../model';
import { EstimateField } from '../EstimateField';
import { useApp } from '../state/app-store';

const ASPECTS: readonly { key: MessageKey; text: (m: AnchoringModel) => LocalText }[] = [
  { key: 'aspectPolitical', text: (m) => m.political },
  { key: 'aspectProfessionalLead', text: (m) => m.professionalLead },
  { key: 'aspectPersonnel', text: (m) => m.personnel },
  { key: 'aspectEconomy', text: (m) => m.economy },
  { key: 'aspectNotes', text: (m) => m.notes },
];

export default function AnchoringComparison() {
  const { i18n, workspace, results, actions } = useApp();
  const { t, local, lang } = i18n;
  const models = () => workspace().anchoringModels;
  const score = (id: string) => results()?.anchoringScores.find((s) => s.id === id);
  const criterionLabel = (id: CriterionId) => t(`criterion_${id}`);

  return (
    <section class="panel" aria-labelledby="anchoring-title">
      <h2 id="anchoring-title">{t('tabAnchoring')}</h2>
      <table class="data-table anchoring">
        <thead>
          <tr>
            <th scope="col">{t('anchoringAspect')}</th>
            <For each={models()}>{(m) => <th scope="col">{local(m.name)}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={ASPECTS}>
            {(aspect) => (
              <tr>
                <th scope="row">{t(aspect.key)}</th>
                <For each={models()}>{(m) => <td>{local(aspect.text(m))}</td>}</For>
              </tr>
            )}
          </For>
          <tr>
            <th scope="row">{t('aspectOverhead')}</th>
            <For each={models()}>
              {(m) => (
                <td>
                  <EstimateField label={`${t('aspectOverhead')}: ${local(m.name)}`} value={m.adminOverhead} onChange={(v) => actions.edit((ws) => edits.setAdminOverhead(ws, m.id, v))} />
                </td>
              )}
            </For>
          </tr>
        </tbody>
      </table>

      <table class="data-table criteria">
        <caption>{t('criteriaHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('criterion')}</th>
            <th scope="col">{t('weight')}</th>
            <For each={models()}>{(m) => <th scope="col">{local(m.name)}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={workspace().criteria}>
            {(c) => (
              <tr>
                <th scope="row">{criterionLabel(c.id)}</th>
                <td>
                  <EstimateField label={`${t('weight')}: ${criterionLabel(c.id)}`} value={point(c.weight)} max={100} allowRange={false} onChange={(v) => actions.edit((ws) => edits.setCriterionWeight(ws, c.id, v.central))} />
                </td>
                <For each={models()}>
                  {(m) => (
                    <td>
                      <EstimateField
                        label={`${criterionLabel(c.id)}: ${local(m.name)}`}
                        value={point(m.scores[c.id])}
                        min={1}
                        max={5}
                        allowRange={false}
                        onChange={(v) => actions.edit((ws) => edits.setCriterionScore(ws, m.id, c.id, v.central))}
                      />
                    </td>
                  )}
                </For>
              </tr>
            )}
          </For>
          <tr class="total">
            <th scope="row" colSpan={2}>
              {t('weightedScore')} — {t('approvalBrnBoard')}
            </th>
            <For each={models()}>{(m) => <td class="num" data-score={m.id}>{formatNumber(score(m.id)?.withoutSupplement.score ?? 0, lang(), 2)}</td>}</For>
          </tr>
          <tr class="total">
            <th scope="row" colSpan={2}>
              {t('weightedScore')} — {t('rowSupplement')}
            </th>
            <For each={models()}>{(m) => <td class="num">{formatNumber(score(m.id)?.withSupplement.score ?? 0, lang(), 2)}</td>}</For>
          </tr>
        </tbody>
      </table>
      <p class="hint">{t('scoreNote')}</p>
    </section>
  );
}
