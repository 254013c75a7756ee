/** A format-1 snapshot, through model 1's restore and model 2's migration, to a workspace. */
import { restoreWorkspace, type RestoreResult } from '../../model';
import { fromSnapshotV1, type SnapshotV1 } from './v1';

export const migrateWorkspaceV1 = (snap: SnapshotV1, workspaceId: string): RestoreResult => restoreWorkspace(fromSnapshotV1(snap, workspaceId));
