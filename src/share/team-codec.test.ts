import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { loadCatalog } from '../content/load.ts';
import type { Catalog } from '../content/types.ts';
import { stateArb as arbitraryState } from './arbitraries.test-helper.ts';
import { encodeShare, type ShareState } from './codec.ts';
import {
  decodeTeam,
  encodeTeam,
  MAX_MEMBERS,
  memberQuery,
  readPastedLink,
  type TeamMember,
} from './team-codec.ts';

const catalog: Catalog = loadCatalog(process.cwd()).catalog!;
const techIds = catalog.technologies.map((t) => t.id);

const stateArb: fc.Arbitrary<ShareState> = arbitraryState(catalog, 3);

const nameArb = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 40 }).map((s) => s.replace(/\s+/g, ' ').trim()),
  fc.constantFrom('Ana', 'Björn Ø', 'Zoë ~ & = % #', '李小龍'),
);
const memberArb: fc.Arbitrary<TeamMember> = fc.record({ name: nameArb, state: stateArb });

/** A full answer set: every question answered with every option it allows (the longest link). */
function fullState(pick: number): ShareState {
  return {
    answers: Object.fromEntries(
      catalog.questions.map((q) => [
        q.id,
        q.kind === 'single'
          ? [q.options[pick % q.options.length]!.id]
          : q.options.slice(0, q.max ?? q.options.length).map((o) => o.id),
      ]),
    ),
    exclude: [],
  };
}

describe('team codec', () => {
  it('round-trips 1,000 random teams of 1 to 8 members, names included', () => {
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 1, maxLength: MAX_MEMBERS }), (members) => {
        const query = encodeTeam(catalog, members);
        const decoded = decodeTeam(catalog, query);
        expect(decoded.notices).toEqual([]);
        expect(decoded.members).toHaveLength(members.length);
        decoded.members.forEach((m, i) => {
          expect(m.notices).toEqual([]);
          expect(m.outdated).toBe(false);
          expect(m.state).toEqual(members[i]!.state);
          expect(m.name).toBe([...members[i]!.name].slice(0, 40).join(''));
          // "Open this result" gives the member's own v1 link, the one the codec would write.
          expect(memberQuery(catalog, m)).toBe(encodeShare(catalog, members[i]!.state));
        });
        // Canonical: encoding what was decoded gives the same link.
        expect(encodeTeam(catalog, decoded.members)).toBe(query);
      }),
      { numRuns: 1_000 },
    );
  });

  it('eight members who answered everything fit in 2,000 characters', () => {
    // Every single-choice answer differs between members, so the dictionary holds every option.
    const members = Array.from({ length: 8 }, (_, i) => ({
      name: `Engineer number ${i + 1}`.padEnd(20, 'x'),
      state: fullState(i),
    }));
    const link = `https://stackwise.example.com/tools/stackwise/#/team?${encodeTeam(catalog, members)}`;
    expect(link.length).toBeLessThanOrEqual(2000);
    // Eight single links in full would not.
    const singles = members.map((m) => `#/result?${encodeShare(catalog, m.state)}`).join('');
    expect(singles.length).toBeGreaterThan(2000);
    expect(decodeTeam(catalog, link.split('?')[1]!).members.map((m) => m.state)).toEqual(
      members.map((m) => m.state),
    );
  });

  it('decodes 10,000 arbitrary strings and mutated team links without throwing', () => {
    const valid = fc.sample(
      fc.array(memberArb, { minLength: 2, maxLength: 8 }).map((m) => encodeTeam(catalog, m)),
      40,
    );
    const mutate = fc
      .tuple(fc.constantFrom(...valid), fc.nat(), fc.string({ maxLength: 8 }), fc.nat(4))
      .map(([link, pos, insert, kind]) => {
        const at = pos % (link.length + 1);
        if (kind === 0) return link.slice(0, at) + insert + link.slice(at);
        if (kind === 1) return link.slice(0, at) + link.slice(at + insert.length + 1);
        if (kind === 2) return link.replace(/[~.:,]/g, insert);
        if (kind === 3) return link.replace(/&m=[^&]*/, `&m=${insert}`);
        return link + '&m=' + insert;
      });
    const params = fc
      .array(
        fc.tuple(
          fc.oneof(fc.constantFrom('v', 'k', 'm', 'c'), fc.string()),
          fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('%', '~~%E0%A4%A')),
        ),
        { maxLength: 20 },
      )
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 300 }), params, mutate),
        (input) => {
          const team = decodeTeam(catalog, input);
          expect(team.members.length).toBeLessThanOrEqual(MAX_MEMBERS);
          for (const m of team.members) {
            expect(typeof m.name).toBe('string');
            for (const [qid, options] of Object.entries(m.state.answers)) {
              const q = catalog.questions.find((x) => x.id === qid)!;
              expect(q).toBeDefined();
              for (const o of options) expect(q.options.some((x) => x.id === o)).toBe(true);
            }
            for (const id of m.state.exclude) expect(techIds).toContain(id);
          }
          // A pasted line never throws either.
          expect(['member', 'team', 'error']).toContain(readPastedLink(catalog, input).kind);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it.each<[string, string, RegExp[]]>([
    ['more than eight members', `v=1&k=scale:small${'&m=B'.repeat(10)}`, [/at most 8 members/]],
    ['a future version', 'v=9&k=scale:small&m=B&m=B', [/newer version/]],
    ['an unknown part', 'v=1&k=scale:small&m=B&m=B&zz=1', [/does not use/]],
    ['a garbled dictionary', 'v=1&k=scale:sm%all,::&m=AB&m=AB', [/garbled/]],
  ])('%s gets a plain notice', (_name, query, expected) => {
    const team = decodeTeam(catalog, query);
    expect(team.notices).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(team.notices[i]).toMatch(e));
  });

  it('gives each member the notices a single link would give', () => {
    // Member 1 answers an option this catalog lacks; member 2's answers are cut short.
    const team = decodeTeam(
      catalog,
      'v=1&k=scale:small.huge,consistency:critical&m=CB~~Ana&m=B&c=zz',
    );
    const [ana, second] = team.members;
    expect(ana!.name).toBe('Ana');
    expect(ana!.state.answers).toEqual({ consistency: ['critical'] });
    expect(ana!.notices.join(' ')).toMatch(/“huge” is not an option/);
    expect(ana!.outdated).toBe(true);
    expect(second!.notices.join(' ')).toMatch(/damaged/);
    expect(second!.state.answers).toEqual({ scale: ['small'] });
  });

  it('reads pasted result links, names before them, team links, and says what is not a link', () => {
    const state = { answers: { scale: ['massive'] }, exclude: [] };
    const url = `https://x.example/sw/#/result?${encodeShare(catalog, state)}`;
    expect(readPastedLink(catalog, url)).toMatchObject({
      kind: 'member',
      member: { name: '', state, notices: [] },
    });
    expect(readPastedLink(catalog, `Ana: ${url}`)).toMatchObject({
      kind: 'member',
      member: { name: 'Ana', state },
    });
    expect(readPastedLink(catalog, `v=1&scale=massive`)).toMatchObject({
      kind: 'member',
      member: { state },
    });
    const old = readPastedLink(catalog, '#/result?v=1&scale=massive&budget=low&c=old');
    expect(old.kind === 'member' && old.member.notices.join(' ')).toMatch(
      /does not ask.*earlier version of the catalog/,
    );
    const team = encodeTeam(catalog, [
      { name: 'A', state },
      { name: 'B', state },
    ]);
    const pastedTeam = readPastedLink(catalog, `https://x.example/#/team?${team}`);
    expect(pastedTeam.kind === 'team' && pastedTeam.team.members.map((m) => m.name)).toEqual([
      'A',
      'B',
    ]);
    const bad = readPastedLink(catalog, 'https://example.com/not-stackwise');
    expect(bad).toMatchObject({ kind: 'error', message: /not a Stackwise result link/ });
  });
});
