import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../content/load.ts';
import type { Catalog } from '../../content/types.ts';
import { recommendTeam, teamDisagreements } from '../../engine/team.ts';
import { encodeShare, type ShareState } from '../../share/codec.ts';
import { decodeTeam, encodeTeam, MAX_MEMBERS } from '../../share/team-codec.ts';
import { channelMessage, toTeamJson, toTeamMadr } from '../../share/team-export.ts';
import { addPasted, sideBySide, type PageMember } from './team-model.ts';

const catalog: Catalog = loadCatalog(process.cwd()).catalog!;
const link = (state: ShareState) => `https://x.example/sw/#/result?${encodeShare(catalog, state)}`;
const go: ShareState = { answers: { 'team-language': ['go'], scale: ['massive'] }, exclude: [] };
const py: ShareState = {
  answers: { 'team-language': ['python'], scale: ['massive'] },
  exclude: [],
};
const member = (name: string, state: ShareState): PageMember => ({
  name,
  state,
  notices: [],
  outdated: false,
});

describe('merging pasted links into a team', () => {
  it('adds several links at once, one per line, with names before them', () => {
    const out = addPasted(catalog, [], `Ana: ${link(go)}\n\n  Ben ${link(py)}  \n${link(go)}`);
    expect(out.added).toBe(3);
    expect(out.members.map((m) => [m.name, m.state])).toEqual([
      ['Ana', go],
      ['Ben', py],
      ['', go],
    ]);
    expect(out.problems).toEqual([]);
    expect(out.remaining).toBe('');
  });

  it('names a single link from the name field, and keeps members already there', () => {
    const out = addPasted(catalog, [member('Ana', go)], link(py), '  Ben ');
    expect(out.members.map((m) => m.name)).toEqual(['Ana', 'Ben']);
  });

  it('keeps bad lines in the field with a reason, and adds the rest', () => {
    const out = addPasted(catalog, [], `not a link\n${link(go)}\nhttps://example.com/`);
    expect(out.added).toBe(1);
    expect(out.problems.map((p) => p.line)).toEqual([1, 3]);
    expect(out.problems[0]!.message).toMatch(/not a Stackwise result link/);
    expect(out.remaining).toBe('not a link\nhttps://example.com/');
  });

  it('carries a link’s notices to its member', () => {
    const out = addPasted(catalog, [], `${link(go)}&budget=low`.replace(/&c=\w+/, '&c=old'));
    expect(out.members[0]!.notices.join(' ')).toMatch(/does not ask.*earlier version/);
  });

  it('a team link adds all its members; never more than eight', () => {
    const team = encodeTeam(catalog, [
      { name: 'A', state: go },
      { name: 'B', state: py },
    ]);
    const out = addPasted(catalog, [member('Z', go)], `https://x.example/#/team?${team}`);
    expect(out.members.map((m) => m.name)).toEqual(['Z', 'A', 'B']);
    const seven = Array.from({ length: 7 }, (_, i) => member(`M${i}`, go));
    const full = addPasted(catalog, seven, `${link(go)}\n${link(py)}`);
    expect(full.members).toHaveLength(MAX_MEMBERS);
    expect(full.problems).toHaveLength(1);
    expect(full.problems[0]!.message).toMatch(/at most 8 members/);
    expect(full.remaining).toBe(link(py));
  });
});

describe('side by side', () => {
  it('one row per role and question; rows where everyone agrees take one cell', () => {
    const members = [member('Ana', go), member('Ben', py)];
    const rec = recommendTeam(
      catalog,
      members.map((m) => m.state),
    );
    const rows = sideBySide(catalog, members, rec);
    const language = rows.find((r) => r.id === 'role-language')!;
    expect(language.agreed).toBe(false);
    expect(language.cells).toHaveLength(2);
    const scale = rows.find((r) => r.id === 'q-scale')!;
    expect(scale).toMatchObject({ agreed: true, cells: [expect.stringMatching(/^All agree: /)] });
    // A skipped question shows what was assumed.
    const consistency = rows.find((r) => r.id === 'q-consistency')!;
    expect(consistency.cells[0]).toMatch(/\(assumed\)/);
    expect(rows.filter((r) => r.kind === 'question')).toHaveLength(catalog.questions.length);
  });
});

describe('team exports', () => {
  const members = [
    { name: 'Ana', state: go },
    { name: '', state: py },
  ];
  const states = members.map((m) => m.state);
  const rec = recommendTeam(catalog, states);
  const list = teamDisagreements(catalog, states);
  const url = `https://x.example/#/team?${encodeTeam(catalog, members)}`;

  it('the decision record follows MADR 4 and names members, options and open questions', () => {
    const md = toTeamMadr(catalog, members, rec, list, url, ['u1', 'u2'], '2026-12-02');
    expect(md).toMatch(
      /^---\nstatus: proposed\ndate: 2026-12-02\ndecision-makers: Ana, Member 2\n---/,
    );
    for (const heading of [
      '## Context and Problem Statement',
      '## Decision Drivers',
      '## Considered Options',
      '## Decision Outcome',
      '## Pros and Cons of the Options',
      '## More Information',
      '### Each member’s position',
      '### Open questions, by impact',
    ])
      expect(md).toContain(heading);
    expect(md).toContain('best worst case');
    expect(md).toContain(`<${url}>`);
    expect(md).toMatch(/Which language|team-language/i);
  });

  it('JSON carries every member, the rule, and round-trips through the team link', () => {
    const json = JSON.parse(toTeamJson(catalog, members, rec, list, url, ['u1', 'u2'])) as {
      kind: string;
      members: { name: string; answers: unknown }[];
      rule: string;
      teamUrl: string;
    };
    expect(json.kind).toBe('team');
    expect(json.members.map((m) => m.name)).toEqual(['Ana', '']);
    expect(json.rule).toMatch(/best worst case/);
    expect(decodeTeam(catalog, json.teamUrl.split('?')[1]!).members.map((m) => m.state)).toEqual(
      states,
    );
  });

  it('the channel message is one line with the team link', () => {
    const text = channelMessage(catalog, members, rec, list.length, url);
    expect(text.split('\n')).toHaveLength(1);
    expect(text.endsWith(url)).toBe(true);
  });
});
