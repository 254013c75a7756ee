/** Chooses which scenario a view shows; the choice survives the scenario being renamed or moved. */
import { For } from 'solid-js';
import type { Scenario } from '../../model';
import { useApp } from '../state/app-store';

export function ScenarioPicker(props: { value: string; onChange: (id: string) => void; label: string }) {
  const { session } = useApp();
  return (
    <label class="picker field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <For each={session.workspace().scenarios}>
          {(s) => (
            <option value={s.id} selected={s.id === props.value}>
              {s.name}
            </option>
          )}
        </For>
      </select>
    </label>
  );
}

/**
 * The scenario a view shows: the chosen one while it exists, else the first. The choice is the
 * app's, not the view's: going to Kommuner and back keeps it, and every such view shows the same.
 */
export function createChosenScenario() {
  const { session, chrome } = useApp();
  const scenario = (): Scenario => session.workspace().scenarios.find((s) => s.id === chrome.chosenScenario()) ?? session.workspace().scenarios[0]!;
  return { scenario, choose: (id: string) => chrome.setChosenScenario(id) };
}
