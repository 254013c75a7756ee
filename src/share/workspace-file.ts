/**
 * A workspace as a file: a backup, and the way to share a comparison too big for a link.
 * Format 2 files hold the whole workspace, self-contained, so a later change of the app's
 * defaults never changes an old backup; format 1 files (a snapshot) still open. Either way the
 * content passes the same restore as a link or a stored record.
 */
import { restoreWorkspace, type Workspace } from '../model';
import { openSnapshot, parseJsonSafely, type DecodeResult } from './codec';

export const WORKSPACE_FILE_FORMAT = 'forankring-workspace';
export const WORKSPACE_FILE_VERSION = 2;
const MAX_FILE_BYTES = 4 * 1024 * 1024;

export function workspaceFile(workspace: Workspace, now = new Date()): string {
  return JSON.stringify({ format: WORKSPACE_FILE_FORMAT, version: WORKSPACE_FILE_VERSION, exportedAt: now.toISOString(), workspace }, null, 2);
}

/** Reads a file's text; the workspace gets `workspaceId`. */
export function readWorkspaceFile(text: string, workspaceId: string): DecodeResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, reason: 'tooLong' };
  const data = parseJsonSafely(text) as { format?: unknown; version?: unknown; snapshot?: unknown; workspace?: unknown; exportedAt?: unknown } | undefined;
  if (!data || typeof data !== 'object' || data.format !== WORKSPACE_FILE_FORMAT) return { ok: false, reason: 'corrupt' };
  if (data.version === 1) return openSnapshot(1, data.snapshot, workspaceId);
  // A hand-edited backup may be repaired (and says so); a link never is.
  if (data.version !== WORKSPACE_FILE_VERSION) return { ok: false, reason: 'unsupportedVersion' };
  const restored = restoreWorkspace({ ...(data.workspace as object), id: workspaceId });
  if (!restored.ok) return { ok: false, reason: restored.reason === 'newerVersion' ? 'unsupportedVersion' : 'invalid' };
  const made = typeof data.exportedAt === 'string' && /^\d{4}-\d{2}-\d{2}/.test(data.exportedAt) ? data.exportedAt.slice(0, 10) : new Date().toISOString().slice(0, 10);
  return { ok: true, workspace: restored.workspace, made, repairs: restored.repairs };
}
