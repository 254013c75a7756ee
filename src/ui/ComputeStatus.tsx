/** Says, in the user's words, why the model cannot compute: which field breaks which rule. */
import { Show } from 'solid-js';
import type { MessageKey } from '../i18n/i18n';
import type { ValidationCode } from '../model';
import { useApp } from './state/app-store';

const CODE_MESSAGES: Record<ValidationCode, MessageKey> = {
  notFinite: 'fieldNotFinite',
  notWhole: 'fieldNotWhole',
  negative: 'fieldNegative',
  unordered: 'fieldUnordered',
  outOfRange: 'fieldOutOfRange',
  unknownReference: 'fieldUnknown',
  empty: 'fieldEmpty',
  duplicate: 'fieldDuplicate',
  tooMany: 'fieldTooMany',
  tooLong: 'fieldTooLong',
};

export function ComputeStatus() {
  const { results, chrome } = useApp();
  const { t } = chrome.i18n;
  const message = () => {
    const f = results.failure();
    if (!f) return null;
    if (f.kind === 'invalid') return t('computeInvalid', { fields: f.issues.map((i) => t(CODE_MESSAGES[i.code], { field: i.field })).join('; ') });
    return f.kind === 'internal' && f.message === 'timeout' ? t('computeTimeout') : t('computeInternal', { message: f.kind === 'internal' ? f.message : '' });
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
