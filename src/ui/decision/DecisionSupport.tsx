/**
 * "Beslutningsstøtte": one card per question — how uncertain is it (simulation), what matters
 * most (sensitivity), what value meets a target (goal seek), and what would another anchoring
 * cost (alternatives and break-even). Every call runs through the background owner.
 */
import { createChosenScenario, ScenarioPicker } from '../views/ScenarioPicker';
import { useApp } from '../state/app-store';
import { AlternativesCard } from './AlternativesCard';
import { createBackgroundResource } from './background-resource';
import { GoalSeekCard } from './GoalSeekCard';
import { SensitivityCard } from './SensitivityCard';
import { SimulationCard } from './SimulationCard';

export default function DecisionSupport() {
  const { chrome, session, background } = useApp();
  const { t } = chrome.i18n;
  const { scenario, choose } = createChosenScenario();
  // Sensitivity follows the workspace; the simulation card reads its list of ranges from it.
  const sensitivity = createBackgroundResource(session.workspace, (signal, ws) => background.sensitivity(signal, ws));
  return (
    <section class="panel decision" aria-labelledby="decision-title">
      <div class="panel-head">
        <h2 id="decision-title">{t('tabDecision')}</h2>
        <ScenarioPicker label={t('chooseScenario')} value={scenario().id} onChange={choose} />
      </div>
      <SimulationCard tornadoes={sensitivity.value} />
      <SensitivityCard scenario={scenario()} tornadoes={sensitivity.value} />
      <GoalSeekCard scenario={scenario()} />
      <AlternativesCard scenario={scenario()} />
    </section>
  );
}
