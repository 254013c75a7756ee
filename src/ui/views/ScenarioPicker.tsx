/** Chooses which scenario a view shows. */
import { For } from 'solid-js';
import { useApp } from '../state/app-store';

export function ScenarioPicker(props: { value: string; onChange: (id: string) => void; label: string }) {
  const { workspace } = useApp();
  return (
    <label class="picker">
      {props.label}{' '}
      <select aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <For each={workspace().scenarios}>{(s) => <option value={s.id} selected={s.id === props.value}>{s.name}</option>}</For>
      </select>
    </label>
  );
}
