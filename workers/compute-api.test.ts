import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../src/model';
import { compute } from './compute-api';

describe('compute worker API', () => {
  it('returns the workspace result for a valid workspace', () => {
    const outcome = compute(createWorkspace());
    expect(outcome.ok && outcome.result.scenarios).toHaveLength(4);
  });

  it('returns a typed failure naming the field instead of throwing', () => {
    const ws = createWorkspace();
    const broken = { ...ws, assumptions: { ...ws.assumptions, openingReserve: Number.NaN } };
    const outcome = compute(broken);
    expect(outcome).toEqual({ ok: false, failure: { kind: 'invalid', issues: [{ field: 'assumptions.openingReserve', code: 'notFinite' }] } });
  });

  it('turns an unexpected error into an internal failure', () => {
    const outcome = compute(null as never);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.failure.kind).toBe('internal');
  });
});
