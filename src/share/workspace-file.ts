/**
 * A workspace as a file: a backup, and the way to share a comparison too big for a link.
 * Format 2 files hold the whole workspace, self-contained, so a later change of the app's
 * defaults never changes an old backup; format 1 files (a snapshot) still open. Either way the
 * content passes the same restore as a link or a stored record. A file carries the workspace's
 * decision records too, each restored through the decision door.
 */
import { restoreDecision, restoreWorkspace, type DecisionRecord, type Workspace } from '../model';
import { openSnapshot, parseJsonSafely, type DecodeResult } from './codec';

export const WORKSPACE_FILE_FORMAT = 'forankring-workspace';
export const WORKSPACE_FILE_VERSION = 2;
const MAX_FILE_BYTES = 16 * 1024 * 1024;
const MAX_DECISIONS = 200;

/** The workspace and its decision records (each with its own snapshot) as one file. */
export function workspaceFile(workspace: Workspace, decisions: readonly DecisionRecord[] = [], now = new Date()): string {
  return JSON.stringify({ format: WORKSPACE_FILE_FORMAT, version: WORKSPACE_FILE_VERSION, exportedAt: now.toISOString(), workspace, decisions }, null, 2);
}

/** A file's decisions, each through the decision restore; one that does not restore is left out and named. */
function fileDecisions(raw: unknown, repairs: string[]): DecisionRecord[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    repairs.push('decisions');
    return [];
  }
  return raw.slice(0, MAX_DECISIONS).flatMap((item, i) => {
    const restored = restoreDecision(item);
    if (restored.ok) return [restored.record];
    repairs.push(`decisions[${i}]`);
    return [];
  });
}

/** Reads a file's text; the workspace gets `workspaceId`. */
export function readWorkspaceFile(text: string, workspaceId: string): DecodeResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, reason: 'tooLong' };
  const data = parseJsonSafely(text) as { format?: unknown; version?: unknown; snapshot?: unknown; workspace?: unknown; exportedAt?: unknown; decisions?: unknown } | undefined;
  if (!data || typeof data !== 'object' || data.format !== WORKSPACE_FILE_FORMAT) return { ok: false, reason: 'corrupt' };
  if (data.version === 1) return openSnapshot(1, data.snapshot, workspaceId);
  // A hand-edited backup may be repaired (and says so); a link never is.
  if (data.version !== WORKSPACE_FILE_VERSION) return { ok: false, reason: 'unsupportedVersion' };
  const restored = restoreWorkspace({ ...(data.workspace as object), id: workspaceId });
  if (!restored.ok) return { ok: false, reason: restored.reason === 'newerVersion' ? 'unsupportedVersion' : 'invalid' };
  const made = typeof data.exportedAt === 'string' && /^\d{4}-\d{2}-\d{2}/.test(data.exportedAt) ? data.exportedAt.slice(0, 10) : new Date().toISOString().slice(0, 10);
  const repairs = [...restored.repairs];
  const decisions = fileDecisions(data.decisions, repairs);
  return { ok: true, workspace: restored.workspace, decisions, made, repairs };
}
