/**
 * Saved wizard state: versioned, validated on read, and never trusted. Storage that is missing,
 * refused (sandboxed frame, private mode) or full falls back to memory without an error.
 */

export const STORAGE_KEY = 'stackwise:wizard';
export const STATE_VERSION = 1;

export interface SavedState {
  version: typeof STATE_VERSION;
  /** Question id -> option ids; a missing key is a skipped question. */
  answers: Record<string, string[]>;
  exclude: string[];
  /** The step last shown, to resume there. */
  lastStep: string | null;
}

export type LoadResult =
  { kind: 'empty' } | { kind: 'ok'; state: SavedState } | { kind: 'discarded'; reason: string };

/** The storage to use, or null when the browser refuses it. Probing can itself throw. */
export function safeStorage(getStorage: () => Storage = () => window.localStorage): Storage | null {
  try {
    const storage = getStorage();
    const probe = `${STORAGE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isIdList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= 50 && v.every((x) => typeof x === 'string' && ID.test(x));

/**
 * Check an untrusted value from storage. Hand-written rather than zod: the shape is three fields,
 * and zod would add ~12 KB gzip to the browser for it.
 */
export function parseSaved(raw: string): LoadResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'discarded', reason: 'it was not readable' };
  }
  if (typeof value !== 'object' || value === null)
    return { kind: 'discarded', reason: 'it was not readable' };
  const v = value as Record<string, unknown>;
  const migrated = migrate(v);
  if (!migrated) {
    return {
      kind: 'discarded',
      reason:
        typeof v.version === 'number' && v.version > STATE_VERSION
          ? 'it was saved by a newer version of Stackwise'
          : 'it was saved in a format this version no longer reads',
    };
  }
  const { answers, exclude, lastStep } = migrated;
  if (
    typeof answers !== 'object' ||
    answers === null ||
    Array.isArray(answers) ||
    !Object.entries(answers).every(([k, list]) => ID.test(k) && isIdList(list)) ||
    !isIdList(exclude) ||
    !(lastStep === null || (typeof lastStep === 'string' && ID.test(lastStep)))
  )
    return { kind: 'discarded', reason: 'it was damaged' };
  return {
    kind: 'ok',
    state: {
      version: STATE_VERSION,
      answers: answers as Record<string, string[]>,
      exclude,
      lastStep,
    },
  };
}

/** Bring older saved shapes up to the current version; null when that is not possible. */
function migrate(v: Record<string, unknown>): Record<string, unknown> | null {
  if (v.version === STATE_VERSION)
    return { answers: v.answers, exclude: v.exclude ?? [], lastStep: v.lastStep ?? null };
  return null;
}

export function loadSaved(storage: Storage | null): LoadResult {
  if (!storage) return { kind: 'empty' };
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'empty' };
  }
  if (raw === null) return { kind: 'empty' };
  const result = parseSaved(raw);
  if (result.kind === 'discarded') {
    try {
      storage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing more to do: the state stays in memory only.
    }
  }
  return result;
}

/** Write the state; returns false when the browser refused (quota, revoked permission). */
export function save(storage: Storage | null, state: SavedState): boolean {
  if (!storage) return false;
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

export function clearSaved(storage: Storage | null): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused: nothing is saved there anyway.
  }
}
