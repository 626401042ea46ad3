import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../content/load.ts';
import { ROLE_LABELS } from '../content/vocabulary.ts';
import { recommend } from '../engine/recommend.ts';
import { decodeShare, encodeShare } from './codec.ts';
import { toJson, toMadr } from './export.ts';

const catalog = loadCatalog(process.cwd()).catalog!;

describe('exports', () => {
  const query =
    'v=1&team-language=typescript&workload=realtime&fast-data=sessions&messaging=jobs&architecture=microservices&team-size=solo';
  const { state } = decodeShare(catalog, query);
  const result = recommend(catalog, state);
  const url = `https://docs.example.com/stackwise/#/result?${encodeShare(catalog, state)}`;
  const md = toMadr(catalog, state, result, url, '2026-11-25');

  it('writes a MADR 4 record with every section, naming the same stack as the engine', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.slice(0, 5)).toEqual([
      `# Use ${result.stacks[0]!.roles.map((r) => r.name).join(', ')} for the new service`,
      '## Context and Problem Statement',
      '## Decision Drivers',
      '## Considered Options',
      '## Decision Outcome',
    ]);
    expect(headings).toContain('### Consequences');
    expect(headings).toContain('### Confirmation');
    expect(headings).toContain('## Pros and Cons of the Options');
    expect(headings.at(-1)).toBe('## More Information');
    expect(md.startsWith('---\nstatus: proposed\ndate: 2026-11-25\n')).toBe(true);
    // Roles carry the words the result page uses (one vocabulary): "Web framework", not "Framework".
    for (const r of result.stacks[0]!.roles)
      expect(md).toContain(`* ${ROLE_LABELS[r.role]}: ${r.name}`);
    expect(md).toContain('* Web framework: ');
    expect(md).not.toMatch(/^\* Framework: /m);
    expect(md).toContain('* Your team already writes TypeScript');
    // The same confidence words as the page.
    expect(md).toMatch(
      /because it scores highest as a whole \(\d+\/100\)\. (A strong lead|A clear lead|A near tie|The only stack that fits): /,
    );
    expect(md).toContain(`<${url}>`);
    expect(md).toContain('Bad, because we must guard against this (high risk): ');
    // Each warning says which answers raised it.
    expect(md).toMatch(
      /Over-engineering with microservices\. .*\(Raised by: How will you split the backend\? — Microservices; /,
    );
    expect(md).toContain(
      '* Team size? — '.replace(
        'Team size?',
        catalog.questions.find((q) => q.id === 'team-size')!.title,
      ),
    );
  });

  it('says which constraints conflict when no stack can be formed', () => {
    const conflict = decodeShare(
      catalog,
      'v=1&exclude=postgresql,mongodb,mysql,sqlite,cassandra',
    ).state;
    const text = toMadr(catalog, conflict, recommend(catalog, conflict), 'u', '2026-11-25');
    expect(text).toContain('# Choose a backend stack for the new service');
    expect(text).toContain('No stack could be formed with these constraints:');
    expect(text).toContain('Every primary database is ruled out');
  });

  it('exports JSON with the answers, the full result and the catalog fingerprint', () => {
    const json = JSON.parse(toJson(state, result, url));
    expect(json).toMatchObject({
      tool: 'stackwise',
      format: 1,
      catalogFingerprint: catalog.fingerprint,
      shareUrl: url,
      answers: state.answers,
    });
    expect(json.result.stacks[0].picks).toEqual(result.stacks[0]!.picks);
  });
});
