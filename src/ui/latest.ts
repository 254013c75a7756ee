import { createMemo, type Accessor } from 'solid-js';

/**
 * One item of a list that every edit makes anew (tasks, scenarios, municipalities), for a row or
 * column rendered once per id: rendered per object, the row would be made anew by each edit and
 * take the focus from the field or list just used. Keeps its last version while it is removed.
 */
export function latest<T>(find: () => T | undefined): Accessor<T> {
  return createMemo<T>((last) => find() ?? last, find()!);
}
