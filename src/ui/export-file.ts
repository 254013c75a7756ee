/** Saves the open workspace as a JSON file: a backup, and the way out when the disk is full. */
import type { Workspace } from '../model';

export const WORKSPACE_FILE_FORMAT = 'forankring-workspace';
export const WORKSPACE_FILE_VERSION = 1;

export function downloadWorkspace(workspace: Workspace): void {
  const body = JSON.stringify({ format: WORKSPACE_FILE_FORMAT, version: WORKSPACE_FILE_VERSION, exportedAt: new Date().toISOString(), workspace }, null, 2);
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${workspace.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'forankring'}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
