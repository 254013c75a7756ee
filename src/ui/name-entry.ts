/**
 * A name as typed (a scenario's, a workspace's, a funder's, an own task's): trimmed, and refused
 * empty or over its limit, with the limit, its length and a shortened example. Over the limit it
 * was cut without a word, mid-word ("…antagelser fra sek", a fresh-eyes walk).
 */
import type { MessageKey } from '../i18n/i18n';
import type { Entry } from './grid/entry';

interface NameRefusal {
  readonly reason: Extract<MessageKey, 'entryNameEmpty' | 'entryNameTooLong'>;
  readonly params?: { readonly max: number; readonly length: number; readonly example: string };
}

function nameRefusal(text: string, max: number): NameRefusal | null {
  const name = text.trim();
  if (!name) return { reason: 'entryNameEmpty' };
  if (name.length <= max) return null;
  // The example ends at a word's end, where one is in the latter half.
  const cut = name.slice(0, max);
  const space = cut.lastIndexOf(' ');
  // Without a comma or a dash left at its end.
  const example = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '');
  return { reason: 'entryNameTooLong', params: { max, length: name.length, example } };
}

/** As an entry a field reads: the trimmed name, or its refusal. */
export function readName(text: string, max: number): Entry<string> {
  const refused = nameRefusal(text, max);
  return refused ? { ok: false, refusal: { kind: 'rule', ...refused } } : { ok: true, value: text.trim() };
}
