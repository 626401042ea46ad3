import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import {
  clearSaved,
  loadSaved,
  parseSaved,
  safeStorage,
  save,
  STATE_VERSION,
  STORAGE_KEY,
  type SavedState,
} from './persist.ts';

/** An in-memory Storage; `refuse` makes chosen methods throw as a locked-down browser does. */
function memoryStorage(refuse: Partial<Record<'get' | 'set' | 'remove', boolean>> = {}): Storage {
  const items = new Map<string, string>();
  const deny = (what: string) => {
    throw new DOMException(`${what} refused`, 'SecurityError');
  };
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => (refuse.get ? deny('read') : (items.get(k) ?? null)),
    setItem: (k, v) => (refuse.set ? deny('write') : void items.set(k, String(v))),
    removeItem: (k) => (refuse.remove ? deny('remove') : void items.delete(k)),
  };
}

const STATE: SavedState = {
  version: STATE_VERSION,
  answers: { 'team-language': ['go'], workload: ['crud-api', 'realtime'] },
  exclude: ['mongodb'],
  lastStep: 'workload',
};

describe('saved wizard state', () => {
  it('round-trips what it saves', () => {
    const storage = memoryStorage();
    expect(save(storage, STATE)).toBe(true);
    expect(loadSaved(storage)).toEqual({ kind: 'ok', state: STATE });
  });

  it('reads nothing saved as empty, and clears what was saved', () => {
    const storage = memoryStorage();
    expect(loadSaved(storage)).toEqual({ kind: 'empty' });
    save(storage, STATE);
    clearSaved(storage);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(loadSaved(storage)).toEqual({ kind: 'empty' });
  });

  it('fills fields an older save of the same version left out', () => {
    const result = parseSaved(JSON.stringify({ version: STATE_VERSION, answers: {} }));
    expect(result).toEqual({
      kind: 'ok',
      state: { version: STATE_VERSION, answers: {}, exclude: [], lastStep: null },
    });
  });

  it.each([
    ['not JSON', '{"version":1,', 'it was not readable'],
    ['JSON that is not an object', '42', 'it was not readable'],
    ['null', 'null', 'it was not readable'],
    ['a newer version', JSON.stringify({ ...STATE, version: 99 }), 'newer version of Stackwise'],
    ['an unknown older format', JSON.stringify({ answers: {} }), 'no longer reads'],
    ['answers that are a list', JSON.stringify({ ...STATE, answers: [] }), 'damaged'],
    [
      'an answer that is not a list of ids',
      JSON.stringify({ ...STATE, answers: { scale: 'huge' } }),
      'damaged',
    ],
    ['an id with markup', JSON.stringify({ ...STATE, exclude: ['<script>'] }), 'damaged'],
    ['a step that is not an id', JSON.stringify({ ...STATE, lastStep: 7 }), 'damaged'],
    [
      'an absurdly long list',
      JSON.stringify({ ...STATE, exclude: Array.from({ length: 51 }, (_, i) => `t${i}`) }),
      'damaged',
    ],
  ])('discards %s with a reason a person can read', (_, raw, reason) => {
    const result = parseSaved(raw);
    expect(result.kind).toBe('discarded');
    expect(result.kind === 'discarded' && result.reason).toContain(reason);
  });

  it('removes a discarded save, so the notice shows once', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, 'garbled{');
    expect(loadSaved(storage).kind).toBe('discarded');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('never throws, whatever storage holds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        (raw) => {
          const result = parseSaved(raw);
          expect(['ok', 'discarded']).toContain(result.kind);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts only states it could have written', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseSaved(JSON.stringify(value));
        if (result.kind === 'ok') {
          expect(result.state.version).toBe(STATE_VERSION);
          for (const list of [...Object.values(result.state.answers), result.state.exclude])
            expect(list.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  describe('storage the browser refuses', () => {
    it('is not used when probing it throws (sandboxed frame, blocked cookies)', () => {
      expect(
        safeStorage(() => {
          throw new DOMException('denied', 'SecurityError');
        }),
      ).toBeNull();
      expect(safeStorage(() => memoryStorage({ set: true }))).toBeNull();
      expect(safeStorage(() => memoryStorage())).not.toBeNull();
    });

    it('falls back to memory without an error: nothing saved, nothing loaded, nothing thrown', () => {
      expect(save(null, STATE)).toBe(false);
      expect(loadSaved(null)).toEqual({ kind: 'empty' });
      expect(() => clearSaved(null)).not.toThrow();
    });

    it('reports a write refused later (quota, revoked permission) instead of throwing', () => {
      expect(save(memoryStorage({ set: true }), STATE)).toBe(false);
    });

    it('treats a refused read as nothing saved, and a refused removal as done', () => {
      expect(loadSaved(memoryStorage({ get: true }))).toEqual({ kind: 'empty' });
      const storage = memoryStorage({ remove: true });
      storage.setItem(STORAGE_KEY, 'garbled{');
      expect(loadSaved(storage).kind).toBe('discarded');
      expect(() => clearSaved(storage)).not.toThrow();
    });
  });
});
