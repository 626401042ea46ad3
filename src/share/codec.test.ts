import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { loadCatalog } from '../content/load.ts';
import type { Catalog } from '../content/types.ts';
import { stateArb as arbitraryState } from './arbitraries.test-helper.ts';
import { decodeShare, encodeShare, type ShareState } from './codec.ts';

const catalog: Catalog = loadCatalog(process.cwd()).catalog!;
const techIds = catalog.technologies.map((t) => t.id);

// Up to 8 exclusions: ruling out more leaves no stack to recommend anyway.
const stateArb: fc.Arbitrary<ShareState> = arbitraryState(catalog, 8);

describe('share codec', () => {
  it('round-trips 10,000 random valid answer sets, every link under 600 characters', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const query = encodeShare(catalog, state);
        const url = `https://stackwise.example.com/tools/stackwise/#/result?${query}`;
        expect(`#/result?${query}`.length).toBeLessThan(600);
        expect(url.length).toBeLessThan(600 + 45);
        const decoded = decodeShare(catalog, query);
        expect(decoded.notices).toEqual([]);
        expect(decoded.outdated).toBe(false);
        expect(decoded.state).toEqual(state);
      }),
      { numRuns: 10_000 },
    );
  });

  it('the longest possible answer set still makes a short link', () => {
    const all: ShareState = {
      answers: Object.fromEntries(
        catalog.questions.map((q) => [
          q.id,
          q.kind === 'single' ? [q.options.at(-1)!.id] : q.options.slice(0, q.max).map((o) => o.id),
        ]),
      ),
      exclude: [],
    };
    // The contract: every full answer set makes a link under 600 characters.
    expect(`#/result?${encodeShare(catalog, all)}`.length).toBeLessThan(600);
    // Exclusions come on top, one id each: eight of the longest ids still keep it well under 800.
    all.exclude = [...techIds].sort((a, b) => b.length - a.length).slice(0, 8);
    expect(`#/result?${encodeShare(catalog, all)}`.length).toBeLessThan(800);
  });

  it('decodes 20,000 arbitrary strings, parameter sets and mutated links without throwing', () => {
    const valid = fc.sample(
      stateArb.map((s) => encodeShare(catalog, s)),
      50,
    );
    const mutate = fc
      .tuple(fc.constantFrom(...valid), fc.nat(), fc.string({ maxLength: 8 }), fc.nat(3))
      .map(([link, pos, insert, kind]) => {
        const at = pos % (link.length + 1);
        if (kind === 0) return link.slice(0, at) + insert + link.slice(at);
        if (kind === 1) return link.slice(0, at) + link.slice(at + insert.length + 1);
        if (kind === 2) return link.replace(/=/g, insert);
        return link + '&' + insert + '=' + insert;
      });
    const params = fc
      .array(
        fc.tuple(
          fc.oneof(
            fc.constantFrom('v', 'exclude', 'c', ...catalog.questions.map((q) => q.id)),
            fc.string(),
          ),
          fc.oneof(
            fc.string(),
            fc.string({ unit: 'binary' }),
            fc.constantFrom('%', '%E0%A4%A', '1,2,,3', ''),
          ),
        ),
        { maxLength: 20 },
      )
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 300 }), params, mutate),
        (input) => {
          const result = decodeShare(catalog, input);
          // Whatever it kept is valid.
          for (const [qid, options] of Object.entries(result.state.answers)) {
            const q = catalog.questions.find((x) => x.id === qid)!;
            expect(q).toBeDefined();
            for (const o of options) expect(q.options.some((x) => x.id === o)).toBe(true);
            expect(options.length).toBeLessThanOrEqual(
              q.kind === 'single' ? 1 : (q.max ?? Infinity),
            );
          }
          for (const id of result.state.exclude) expect(techIds).toContain(id);
          for (const n of result.notices) expect(typeof n).toBe('string');
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it.each<[string, string, Partial<ShareState>, RegExp[]]>([
    [
      'unknown question',
      'v=1&budget=low&scale=small',
      { answers: { scale: ['small'] } },
      [/does not ask \(“budget”\)/],
    ],
    [
      'unknown option',
      'v=1&workload=crud-api,teleport',
      { answers: { workload: ['crud-api'] } },
      [/“teleport” is not an option/],
    ],
    [
      'too many choices',
      'v=1&priorities=time-to-market,performance,ecosystem,type-safety',
      { answers: { priorities: ['time-to-market', 'performance', 'ecosystem'] } },
      [/at most 3 choices/],
    ],
    [
      'duplicate key',
      'v=1&scale=small&scale=massive',
      { answers: { scale: ['small'] } },
      [/twice; the first answer was used/],
    ],
    [
      'malformed escape',
      'v=1&scale=%E0%A4%A&data-shape=relational',
      { answers: { 'data-shape': ['relational'] } },
      [/garbled/],
    ],
    [
      'future version',
      'v=7&scale=small',
      { answers: { scale: ['small'] } },
      [/newer version of Stackwise/],
    ],
    ['no version', 'scale=small', { answers: { scale: ['small'] } }, [/no version number/]],
    [
      'unknown exclusion',
      'v=1&exclude=cobol,kafka',
      { exclude: ['kafka'] },
      [/no technology “cobol”/],
    ],
    [
      'outdated catalog',
      'v=1&scale=small&c=zzzzzz',
      { answers: { scale: ['small'] } },
      [/earlier version of the catalog/],
    ],
    ['upper case and spaces', 'v=1&Scale=%20Massive%20', { answers: { scale: ['massive'] } }, []],
    [
      'empty multiple answer means none of these',
      'v=1&workload=',
      { answers: { workload: [] } },
      [],
    ],
    ['empty single answer is skipped', 'v=1&scale=', { answers: {} }, []],
  ])('%s', (_name, query, expected, notices) => {
    const result = decodeShare(catalog, query);
    expect(result.state).toEqual({ answers: {}, exclude: [], ...expected });
    expect(result.notices).toHaveLength(notices.length);
    notices.forEach((pattern, i) => expect(result.notices[i]).toMatch(pattern));
  });

  it('carries the opened result sections, in page order, and ignores unknown ones with a notice', () => {
    const state = { answers: { 'team-language': ['go'] }, exclude: [] };
    const query = encodeShare(catalog, state, { open: ['whatif', 'role-framework', 'nope'] });
    expect(query).toMatch(/&open=role-framework,whatif&c=/);
    const decoded = decodeShare(catalog, query);
    expect(decoded.open).toEqual(['role-framework', 'whatif']);
    expect(decoded.state).toEqual(state);
    expect(decoded.notices).toEqual([]);
    const odd = decodeShare(catalog, 'v=1&open=answers,bogus,answers,RUNNERS');
    expect(odd.open).toEqual(['runners', 'answers']);
    expect(odd.notices).toEqual(['“bogus” is not a section of the result page; it was ignored.']);
  });

  it('keeps old ids working through aliases', () => {
    const aliased: Catalog = {
      ...catalog,
      questions: catalog.questions.map((q) =>
        q.id === 'scale'
          ? {
              ...q,
              aliases: ['size'],
              options: q.options.map((o) => (o.id === 'massive' ? { ...o, aliases: ['huge'] } : o)),
            }
          : q,
      ),
      technologies: catalog.technologies.map((t) =>
        t.id === 'postgresql' ? { ...t, aliases: ['postgres'] } : t,
      ),
    };
    expect(decodeShare(aliased, 'v=1&size=huge&exclude=postgres')).toEqual({
      state: { answers: { scale: ['massive'] }, exclude: ['postgresql'] },
      open: [],
      notices: [],
      outdated: false,
    });
  });

  it('decodes every golden version-1 link identically forever', () => {
    const golden = JSON.parse(readFileSync('src/share/golden-v1.json', 'utf8')) as {
      query: string;
      state: ShareState;
      notices: number;
    }[];
    expect(golden.length).toBeGreaterThanOrEqual(10);
    for (const g of golden) {
      const result = decodeShare(catalog, g.query);
      expect(result.state, g.query).toEqual(g.state);
      // Notices may be reworded, but a link that decoded cleanly must stay clean.
      expect(result.notices.length, g.query).toBe(g.notices);
    }
  });
});
