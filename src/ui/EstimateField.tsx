/**
 * An input for an amount or a range outside the grid. Text that does not parse stays in the
 * field with a message; the model keeps its last good value.
 */
import { createSignal, Show } from 'solid-js';
import { formatNumber } from '../i18n/number-format';
import { parseEstimate } from '../i18n/number-parse';
import type { Estimate } from '../model';
import { useApp } from './state/app-store';

export function EstimateField(props: {
  label: string;
  value: Estimate;
  onChange: (value: Estimate) => void;
  min?: number;
  max?: number;
  digits?: number;
  allowRange?: boolean;
}) {
  const { i18n } = useApp();
  const [error, setError] = createSignal<string | null>(null);
  const text = () => {
    const lang = i18n.lang();
    const digits = props.digits ?? 0;
    const v = props.value;
    return v.low === v.high ? formatNumber(v.central, lang, digits) : `${formatNumber(v.low, lang, digits)}–${formatNumber(v.high, lang, digits)}`;
  };
  return (
    <span class="estimate-field">
      <input
        aria-label={props.label}
        aria-invalid={error() !== null}
        value={text()}
        inputMode="decimal"
        onChange={(e) => {
          const raw = e.currentTarget.value;
          const parsed = parseEstimate(raw, i18n.lang());
          const ok =
            parsed.ok &&
            (props.allowRange !== false || parsed.value.low === parsed.value.high) &&
            parsed.value.low >= (props.min ?? 0) &&
            parsed.value.high <= (props.max ?? Infinity);
          if (!ok) {
            setError(i18n.t('cellRefused', { text: raw, row: props.label }));
            return;
          }
          setError(null);
          props.onChange(parsed.value);
        }}
      />
      <Show when={error()}>
        <span class="field-error" role="alert">
          {error()}
        </span>
      </Show>
    </span>
  );
}
