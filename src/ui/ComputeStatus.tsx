/** Says, in the user's words, why the model cannot compute: which field breaks which rule. */
import { Show } from 'solid-js';
import type { MessageKey } from '../i18n/i18n';
import type { ValidationCode } from '../model';
import { useApp } from './state/app-store';

const CODE_MESSAGES: Record<ValidationCode, MessageKey> = {
  notFinite: 'fieldNotFinite',
  negative: 'fieldNegative',
  unordered: 'fieldUnordered',
  outOfRange: 'fieldOutOfRange',
  unknownTask: 'fieldUnknown',
  unknownAnchoringModel: 'fieldUnknown',
  unknownLocation: 'fieldUnknown',
  noMunicipalities: 'fieldEmpty',
  duplicate: 'fieldDuplicate',
};

export function ComputeStatus() {
  const { failure, i18n } = useApp();
  const { t } = i18n;
  const message = () => {
    const f = failure();
    if (!f) return null;
    if (f.kind === 'internal') return t('computeInternal', { message: f.message });
    return t('computeInvalid', { fields: f.issues.map((i) => t(CODE_MESSAGES[i.code], { field: i.field })).join('; ') });
  };
  return (
    <Show when={message()}>
      {(m) => (
        <p class="compute-error" role="alert">
          {m()}
        </p>
      )}
    </Show>
  );
}
