/**
 * A workspace as a file: a backup, and the way to share a comparison too big for a link.
 * The file holds the same snapshot as a link (uncompressed) and goes through the same
 * validation when imported.
 */
import type { Workspace } from '../model';
import { checkSnapshot, parseJsonSafely, type DecodeResult } from '../share/codec';
import { toSnapshot } from '../share/snapshot';
import { downloadBlob, safeFileName } from './download';

export const WORKSPACE_FILE_FORMAT = 'forankring-workspace';
export const WORKSPACE_FILE_VERSION = 1;
const MAX_FILE_BYTES = 2 * 1024 * 1024;

export function downloadWorkspace(workspace: Workspace): void {
  const file = { format: WORKSPACE_FILE_FORMAT, version: WORKSPACE_FILE_VERSION, exportedAt: new Date().toISOString(), snapshot: toSnapshot(workspace) };
  downloadBlob(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }), safeFileName(workspace.name, 'json'));
}

export async function readWorkspaceFile(file: Blob): Promise<DecodeResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'tooLong' };
  const data = parseJsonSafely(await file.text()) as { format?: unknown; version?: unknown; snapshot?: unknown } | undefined;
  if (!data || typeof data !== 'object' || data.format !== WORKSPACE_FILE_FORMAT) return { ok: false, reason: 'corrupt' };
  if (data.version !== WORKSPACE_FILE_VERSION) return { ok: false, reason: 'unsupportedVersion' };
  return checkSnapshot(data.snapshot);
}
