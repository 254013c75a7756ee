/**
 * The database's name and schema version, apart from Dexie: a reload's first read (peek.ts) and
 * the first-visit check open IndexedDB before Dexie, the larger part of the startup JavaScript,
 * has loaded.
 */
export const DB_NAME = 'forankring';

/** The newest version schema.ts declares (a unit test holds them together). */
export const SCHEMA_VERSION = 3;

/** Dexie opens IndexedDB at ten times its own version number. */
export const INDEXEDDB_VERSION = SCHEMA_VERSION * 10;

/** The meta record naming the workspace a reload opens. */
export const CURRENT_WORKSPACE_KEY = 'currentWorkspaceId';

/** The reason a set-aside record gives when it is the original of a workspace opened repaired. */
export const REPAIRED = 'repaired';
