/**
 * Share links: `#s=<version>.<payload>`, the payload being a snapshot as JSON, deflate-raw
 * compressed and base64url encoded. The newest format is written, or the oldest (not below 3)
 * whose baseline for the region is the newest's (snapshot.ts's writtenFormat); every older
 * format still opens. Decoding
 * untrusted text is total: it returns a reason, never throws, and touches nothing; caps apply
 * before and during decompression, and what it accepts has passed the workspace restore.
 */
import * as v from 'valibot';
import { migrateWorkspaceV1 } from './legacy/migrate';
import { snapshotV1Schema } from './legacy/v1';
import { fromSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_FORMATS, snapshotSchema, toSnapshot, writtenFormat, type SnapshotFormat } from './snapshot';
import type { DecisionRecord, Workspace } from '../model';
import { fromDecisionLink, toDecisionLink } from './decision-link';
import { HASH_KEY, hasShareLink } from './hash-key';

export { HASH_KEY };
export const FORMAT_VERSION = SNAPSHOT_FORMAT;
/** Links longer than this are not offered (mail and Teams break them); the file export is. */
export const LINK_BUDGET = 8_000;
/** Anything longer than this is rejected unread. */
const MAX_PAYLOAD_CHARS = 16_000;
/** Decompressed JSON beyond this is treated as a zip bomb. */
export const MAX_JSON_BYTES = 256 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type DecodeFailure = 'tooLong' | 'unsupportedVersion' | 'corrupt' | 'invalid';
export interface Shared {
  readonly workspace: Workspace;
  /** Decisions the link or file carried, over snapshots of their own. */
  readonly decisions: readonly DecisionRecord[];
  /** The day the link or file was made, ISO. */
  readonly made: string;
  /** Parts a file needed repaired (a link needing repair is refused: this app never makes one). */
  readonly repairs: readonly string[];
}
export type DecodeResult = ({ readonly ok: true } & Shared) | { readonly ok: false; readonly reason: DecodeFailure };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates at most `limit` bytes; more means a bomb or garbage, and reading stops. */
async function inflate(bytes: Uint8Array, limit: number): Promise<string | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    return null;
  }
}

/** Parses JSON, refusing keys that could reach an object's prototype. */
export function parseJsonSafely(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new Error('forbidden key');
      return value;
    });
  } catch {
    return undefined;
  }
}

/** A parsed snapshot of any format, restored to a workspace with a fresh id. */
export function openSnapshot(version: 1 | SnapshotFormat, data: unknown, workspaceId = 'shared'): DecodeResult {
  if (version === 1) {
    const parsed = v.safeParse(snapshotV1Schema, data);
    if (!parsed.success) return { ok: false, reason: 'invalid' };
    const restored = migrateWorkspaceV1(parsed.output, workspaceId);
    return restored.ok && restored.repairs.length === 0 ? { ok: true, workspace: restored.workspace, decisions: [], made: parsed.output.d, repairs: [] } : { ok: false, reason: 'invalid' };
  }
  const parsed = v.safeParse(snapshotSchema, data);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const restored = fromSnapshot(parsed.output, workspaceId, version);
  if (!restored.ok || restored.repairs.length > 0) return { ok: false, reason: 'invalid' };
  if (parsed.output.c === undefined) return { ok: true, workspace: restored.workspace, decisions: [], made: parsed.output.d, repairs: [] };
  const decision = fromDecisionLink(parsed.output.c, restored.workspace);
  return decision ? { ok: true, workspace: restored.workspace, decisions: [decision], made: parsed.output.d, repairs: [] } : { ok: false, reason: 'invalid' };
}

/** A link's payload: the workspace (or some of its scenarios), or a decision with its snapshot. */
export async function encodeWorkspace(ws: Workspace, scenarioIds?: readonly string[], decision?: DecisionRecord): Promise<string> {
  const snapshot = decision ? { ...toSnapshot(decision.snapshot), c: toDecisionLink(decision) } : toSnapshot(ws, scenarioIds);
  return `${writtenFormat(snapshot.r)}.${toBase64Url(await deflate(JSON.stringify(snapshot)))}`;
}

/** Decodes the text after `#s=`. Never throws. */
export async function decodePayload(payload: string, workspaceId = 'shared'): Promise<DecodeResult> {
  try {
    if (payload.length > MAX_PAYLOAD_CHARS) return { ok: false, reason: 'tooLong' };
    const dot = payload.indexOf('.');
    const version = dot > 0 ? payload.slice(0, dot) : '';
    if (!/^\d{1,3}$/.test(version)) return { ok: false, reason: 'corrupt' };
    const format = ([1, ...SNAPSHOT_FORMATS] as const).find((f) => f === Number(version));
    if (format === undefined) return { ok: false, reason: 'unsupportedVersion' };
    const bytes = fromBase64Url(payload.slice(dot + 1));
    if (!bytes || bytes.length === 0) return { ok: false, reason: 'corrupt' };
    const json = await inflate(bytes, MAX_JSON_BYTES);
    if (json === null) return { ok: false, reason: 'corrupt' };
    const data = parseJsonSafely(json);
    if (data === undefined) return { ok: false, reason: 'corrupt' };
    return openSnapshot(format, data, workspaceId);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

/** After the payload, `&l=en`: the language the link was shared in, which a first visit opens in. */
const LANGUAGE = /&l=(da|en)$/;
export const linkLanguage = (hash: string): 'da' | 'en' | null => (hasShareLink(hash) ? ((LANGUAGE.exec(hash)?.[1] as 'da' | 'en' | undefined) ?? null) : null);
/** The link to a payload, as it is shared: in Danish, the app's first language, without `&l=`. */
export const shareUrl = (payload: string, lang: 'da' | 'en'): string => `${location.origin}${location.pathname}#${HASH_KEY}=${payload}${lang === 'da' ? '' : `&l=${lang}`}`;

/** The share payload in a location hash (`#s=...`, before any `&l=` language), if any. */
export function payloadFromHash(hash: string): string | null {
  return hasShareLink(hash) ? hash.slice(HASH_KEY.length + 2).split('&')[0]! : null;
}
