import { describe, expect, it } from 'vitest';
import { compileContent, type SourceFile } from './compile.ts';
import { formatError } from './parse.ts';

// A tiny, valid catalog written inline. Each test breaks one thing and checks the error points
// at the right file, line and column with a sentence an author understands.
const BASE: Record<string, string> = {
  'content/criteria.md': `---
baseline:
  ecosystem: 1
criteria:
  - id: ecosystem
    label: Ecosystem
    roles: [language, framework, database, orm, broker]
    description: Libraries.
  - id: realtime
    label: Real-time
    roles: [language, framework]
    description: Push.
  - id: integrity
    label: Integrity
    roles: [database]
    description: ACID.
---
`,
  'content/technologies/language/nodejs.md': `---
id: nodejs
name: Node.js
summary: JavaScript on the server.
status: adopt
reviewed: 2026-11-01
links:
  - label: Docs
    url: https://nodejs.org/
fit:
  realtime: { score: 5, why: "Best for real-time apps" }
  ecosystem: { score: 5, why: "npm" }
---

## Best for
- Real-time apps
`,
  'content/technologies/framework/express.md': `---
id: express
name: Express
summary: Minimal web framework.
status: adopt
reviewed: 2026-11-01
language: nodejs
links:
  - label: Docs
    url: https://expressjs.com/
fit:
  ecosystem: { score: 5, why: "Most popular" }
  realtime: { score: 2, why: "Through add-ons" }
---
`,
  'content/technologies/database/postgresql.md': `---
id: postgresql
name: PostgreSQL
summary: Relational database.
status: adopt
reviewed: 2026-11-01
roles: [primary]
links:
  - label: Docs
    url: https://www.postgresql.org/docs/
fit:
  integrity: { score: 5, why: "ACID" }
  ecosystem: { score: 5, why: "Everywhere" }
---

## Strengths
- ACID compliance
`,
  'content/technologies/orm/prisma.md': `---
id: prisma
name: Prisma
summary: Type-safe client.
status: adopt
reviewed: 2026-11-01
language: nodejs
databases: [postgresql]
links:
  - label: Docs
    url: https://www.prisma.io/docs
fit:
  ecosystem: { score: 4, why: "Popular" }
---
`,
  'content/questions/workload.md': `---
id: workload
title: What will it do?
kind: multiple
order: 1
options:
  - id: crud-api
    label: CRUD
    description: Plain APIs.
    because: you build a CRUD API
    weights: { ecosystem: 1 }
  - id: realtime
    label: Real-time
    description: Live updates.
    because: you need real-time features
    weights: { realtime: 5 }
---
Why we ask.
`,
  'content/pitfalls/no-pooling.md': `---
id: no-pooling
title: No pooling
severity: medium
summary: Pool your connections.
when:
  all:
    - { answer: workload, in: [realtime] }
    - { stack: database, in: [postgresql] }
---
Use a pool.
`,
  'content/scenarios/chat.md': `---
id: chat
title: A chat app
answers:
  workload: [realtime]
expect:
  accept: { language: [nodejs] }
---
`,
  'content/README.md': '# Authoring guide\n\nNot catalog data.\n',
};

function compile(overrides: Record<string, string | null> = {}) {
  const files: SourceFile[] = Object.entries({ ...BASE, ...overrides })
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([path, text]) => ({ path, text }));
  return compileContent(files, { contract: {} });
}

function errorsOf(overrides: Record<string, string | null>): string[] {
  const result = compile(overrides);
  expect(result.catalog).toBeNull();
  return result.errors.map(formatError);
}

const replace = (path: string, from: string, to: string) => {
  const text = BASE[path]!;
  if (!text.includes(from)) throw new Error(`fixture ${path} has no ${from}`);
  return { [path]: text.replace(from, to) };
};

describe('compileContent on a valid catalog', () => {
  it('produces plain data with sanitized HTML sections', () => {
    const { catalog, errors } = compile();
    expect(errors).toEqual([]);
    expect(catalog?.technologies.map((t) => t.id)).toEqual([
      'nodejs',
      'express',
      'postgresql',
      'prisma',
    ]);
    const pg = catalog?.technologies.find((t) => t.id === 'postgresql');
    expect(pg?.sections.strengths).toEqual({
      html: '<ul>\n<li>ACID compliance</li>\n</ul>',
      items: ['ACID compliance'],
    });
    expect(catalog?.questions[0]?.help).toBe('<p>Why we ask.</p>');
    expect(catalog?.fingerprint).toMatch(/^[a-z0-9]{4,8}$/);
  });

  it('keeps the fingerprint when only prose changes, and changes it when a score changes', () => {
    const before = compile().catalog!.fingerprint;
    const prose = compile(
      replace('content/technologies/language/nodejs.md', '- Real-time apps', '- Live apps'),
    );
    expect(prose.catalog!.fingerprint).toBe(before);
    const score = compile(
      replace('content/technologies/language/nodejs.md', 'score: 5', 'score: 4'),
    );
    expect(score.catalog!.fingerprint).not.toBe(before);
  });
});

describe('technologies shared by several languages', () => {
  const deno = `---
id: deno
name: Deno
summary: Another JavaScript runtime.
status: adopt
reviewed: 2026-11-01
links:
  - label: Docs
    url: https://deno.com/
fit:
  realtime: { score: 4, why: "WebSockets built in" }
  ecosystem: { score: 3, why: "npm compatible" }
---
`;
  it('takes a list of languages and pairs the framework with each', () => {
    const { catalog, errors } = compile({
      'content/technologies/language/deno.md': deno,
      ...replace(
        'content/technologies/framework/express.md',
        'language: nodejs',
        'language: [nodejs, deno]',
      ),
    });
    expect(errors).toEqual([]);
    expect(catalog?.technologies.find((t) => t.id === 'express')?.languages).toEqual([
      'nodejs',
      'deno',
    ]);
  });

  it('names an unknown language in the list at its position', () => {
    const result = compile(
      replace(
        'content/technologies/framework/express.md',
        'language: nodejs',
        'language: [nodejs, dino]',
      ),
    );
    expect(result.errors.map(formatError)).toEqual([
      'content/technologies/framework/express.md:7:20 "dino" is not a known technology.',
    ]);
  });
});

describe('compileContent reports broken content at file:line:col', () => {
  const pg = 'content/technologies/database/postgresql.md';
  const node = 'content/technologies/language/nodejs.md';
  const prisma = 'content/technologies/orm/prisma.md';
  const workload = 'content/questions/workload.md';

  it.each<[string, Record<string, string | null>, string]>([
    [
      'a missing required field',
      replace(pg, 'summary: Relational database.\n', ''),
      `${pg}:2:1 "summary" is missing. Add it to the front matter.`,
    ],
    [
      'a field of the wrong type',
      replace(pg, 'integrity: { score: 5,', 'integrity: { score: "high",'),
      `${pg}:12:23 "fit.integrity.score" should be a number, but it is the text "high".`,
    ],
    [
      'a score out of range',
      replace(pg, 'integrity: { score: 5,', 'integrity: { score: 9,'),
      `${pg}:12:23 "fit.integrity.score" must be at most 5, but it is the number 9.`,
    ],
    [
      'an unknown radar status',
      replace(pg, 'status: adopt', 'status: maybe'),
      `${pg}:5:9 "status" must be one of "adopt", "trial", "assess", "hold", but it is the text "maybe".`,
    ],
    [
      'an unknown criterion in a fit score',
      replace(pg, 'integrity: {', 'integrty: {'),
      `${pg}:12:3 "integrty" is not a known criterion. Criteria are listed in content/criteria.md. Did you mean "integrity"?`,
    ],
    [
      'a criterion that does not judge the role',
      replace(pg, 'integrity: {', 'realtime: {'),
      `${pg}:12:3 The criterion "realtime" judges language, framework, not a database: remove this score.`,
    ],
    [
      'a duplicate id',
      {
        'content/technologies/database/postgres.md': BASE[pg]!,
      },
      'content/technologies/database/postgresql.md:2:5 Another technology already uses the id "postgresql" (in content/technologies/database/postgres.md).',
    ],
    [
      'an id that does not match the file name',
      replace(pg, 'id: postgresql', 'id: postgres'),
      `${pg}:2:5 The id "postgres" must match the file name "postgresql.md".`,
    ],
    [
      'malformed YAML',
      replace(pg, 'roles: [primary]', 'roles: [primary'),
      `${pg}:8:1 The front matter is not valid YAML here`,
    ],
    [
      'an unknown front-matter key',
      replace(pg, 'status: adopt', 'status: adopt\ncolour: blue'),
      `${pg}:6:1 "colour" is not a field we know here. Allowed fields: id, name, summary, status, reviewed, links, fit, aliases, roles.`,
    ],
    [
      'an ORM naming an unknown database',
      replace(prisma, 'databases: [postgresql]', 'databases: [postgresql, cassandra]'),
      `${prisma}:8:25 "cassandra" is not a known technology.`,
    ],
    [
      'a framework naming an unknown language',
      replace('content/technologies/framework/express.md', 'language: nodejs', 'language: deno'),
      'content/technologies/framework/express.md:7:11 "deno" is not a known technology.',
    ],
    [
      'a question option weighting an unknown criterion',
      replace(workload, 'weights: { realtime: 5 }', 'weights: { realtime: 5, speed: 2 }'),
      `${workload}:16:29 "speed" is not a known criterion.`,
    ],
    [
      'a pitfall condition naming an unknown option',
      replace('content/pitfalls/no-pooling.md', 'in: [realtime]', 'in: [live]'),
      'content/pitfalls/no-pooling.md:8:32 "live" is not an option of the question "workload".',
    ],
    [
      'a pitfall condition in a form we do not know',
      replace(
        'content/pitfalls/no-pooling.md',
        '{ stack: database, in: [postgresql] }',
        '{ stack: database, is: postgresql }',
      ),
      'content/pitfalls/no-pooling.md:9:7 "when.all[2]" is not in a form we understand. A condition is one of',
    ],
    [
      'a scenario answering an unknown question',
      replace(
        'content/scenarios/chat.md',
        'workload: [realtime]',
        'workload: [realtime]\n  budget: low',
      ),
      'content/scenarios/chat.md:6:3 "budget" is not a known question.',
    ],
    [
      'an invalid link',
      replace(pg, 'url: https://www.postgresql.org/docs/', 'url: javascript:alert(1)'),
      `${pg}:10:10 "links[1].url" must be a full http:// or https:// address`,
    ],
    [
      'an unknown section heading',
      replace(pg, '## Strengths', '## Pros'),
      `${pg}:16:1 "## Pros" is not a section we know.`,
    ],
    [
      'a file without front matter',
      { [pg]: '# PostgreSQL\n' },
      `${pg}:1:1 The file must start with a line "---"`,
    ],
    [
      'a content file in an unknown folder',
      { 'content/widgets/thing.md': '---\nid: thing\n---\n' },
      'content/widgets/thing.md:1:1 Stackwise does not know what this file is.',
    ],
    [
      'a bad date',
      replace(pg, 'reviewed: 2026-11-01', 'reviewed: last week'),
      `${pg}:6:11 "reviewed" must be a date written as YYYY-MM-DD`,
    ],
    [
      'a criterion that judges the role but has no score',
      replace(pg, '  ecosystem: { score: 5, why: "Everywhere" }\n', ''),
      `${pg}:11:1 Score every criterion that judges a database; missing "ecosystem". Write 0 with a why where it does not apply.`,
    ],
    [
      'a score on a criterion scoped to other technologies',
      {
        ...replace(
          'content/criteria.md',
          '  - id: integrity',
          '  - id: knows-js\n    technologies: [nodejs]\n    label: JS skills\n    roles: [language, framework]\n    description: Knows JS.\n  - id: integrity',
        ),
        ...replace(
          node,
          '  ecosystem: { score: 5, why: "npm" }',
          '  ecosystem: { score: 5, why: "npm" }\n  knows-js: { score: 5, why: "JS" }',
        ),
        ...replace(
          'content/technologies/framework/express.md',
          '  ecosystem: { score: 5, why: "Most popular" }',
          '  ecosystem: { score: 5, why: "Most popular" }\n  knows-js: { score: 5, why: "JS" }',
        ),
      },
      'content/technologies/framework/express.md:13:3 The criterion "knows-js" is scored on the language nodejs; its frameworks and ORMs inherit that score: remove this one.',
    ],
    [
      "a penalty on a pitfall that is not about one role's picks",
      {
        'content/pitfalls/no-pooling.md': BASE['content/pitfalls/no-pooling.md']!.replace(
          'severity: medium\n',
          'severity: medium\npenalty: 5\n',
        ).replace('{ stack: database, in: [postgresql] }', '{ stack: cache, absent: true }'),
      },
      'content/pitfalls/no-pooling.md:5:1 A penalty is charged to the pick a pitfall is about',
    ],
    [
      'a scenario accepting a technology in a role it cannot fill',
      replace(
        'content/scenarios/chat.md',
        'accept: { language: [nodejs] }',
        'accept: { language: [nodejs], database: [prisma] }',
      ),
      'content/scenarios/chat.md:7:44 "prisma" cannot fill the database role.',
    ],
    [
      'a scenario source without a year',
      replace(
        'content/scenarios/chat.md',
        'title: A chat app\n',
        'title: A chat app\nsource: { company: Acme, title: Our chat, url: "https://example.com/chat" }\n',
      ),
      'content/scenarios/chat.md:4:9 "source.year" is missing.',
    ],
    [
      'a duplicated YAML key',
      replace(pg, 'status: adopt', 'status: adopt\nstatus: hold'),
      `${pg}:6:1 The same field is written twice; keep only one.`,
    ],
  ])('%s', (_name, overrides, expected) => {
    const errors = errorsOf(overrides);
    expect(
      errors.some((e) => e.startsWith(expected)),
      `got:\n${errors.join('\n')}`,
    ).toBe(true);
  });

  it('reports every error at once, sorted by file and line', () => {
    const errors = errorsOf({
      ...replace(pg, 'status: adopt', 'status: maybe'),
      ...replace(node, 'realtime: {', 'realtym: {'),
    });
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^content\/technologies\/database\/postgresql\.md:5:9 /);
    expect(errors[1]).toMatch(
      /^content\/technologies\/language\/nodejs\.md:10:1 .*missing "realtime"/,
    );
    expect(errors[2]).toMatch(
      /^content\/technologies\/language\/nodejs\.md:11:3 .*Did you mean "realtime"\?/,
    );
  });

  it('requires the public questionnaire ids that share links carry', () => {
    const files = Object.entries(BASE).map(([path, text]) => ({ path, text }));
    const result = compileContent(files, {
      contract: { workload: { kind: 'multiple', options: ['crud-api', 'realtime', 'wasm'] } },
    });
    expect(result.errors.map(formatError)).toEqual([
      `${workload}:6:1 The option "wasm" is part of share links and must stay (or be listed in another option's "aliases").`,
    ]);
  });
});

describe('sanitizing rendered Markdown', () => {
  it('drops scripts, event handlers and javascript: links, keeps safe links', () => {
    const body = `
Intro <script>alert(1)</script> text.

## Strengths
- <img src="x.png" onerror="alert(1)"> image
- [bad](javascript:alert(1)) and [good](https://example.com/)
- <a href="https://example.com" onclick="steal()">raw</a>
`;
    const { catalog } = compile({
      'content/technologies/database/postgresql.md': BASE[
        'content/technologies/database/postgresql.md'
      ]!.replace(/\n## Strengths[\s\S]*$/, body),
    });
    const pg = catalog!.technologies.find((t) => t.id === 'postgresql')!;
    const html = pg.intro + pg.sections.strengths!.html;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain(
      '<a href="https://example.com/" target="_blank" rel="noopener noreferrer">good</a>',
    );
  });
});

describe('the site module (content/site.md)', () => {
  const site = 'content/site.md';
  const SITE_MD = `---
name: ACME Stack Picker
title: Pick a stack the platform team supports
intro: Twelve questions, one paved road.
links:
  - label: Golden paths
    url: https://backstage.acme.example/golden-paths
contact:
  label: Ask the platform team
  url: mailto:platform@acme.example
---
`;

  it('brands the site with its name, title, intro, footer links and contact', () => {
    const result = compile({ [site]: SITE_MD });
    expect(result.errors).toEqual([]);
    expect(result.site).toEqual({
      name: 'ACME Stack Picker',
      title: 'Pick a stack the platform team supports',
      intro: 'Twelve questions, one paved road.',
      links: [{ label: 'Golden paths', url: 'https://backstage.acme.example/golden-paths' }],
      contact: { label: 'Ask the platform team', url: 'mailto:platform@acme.example' },
    });
  });

  it('falls back to the Stackwise branding when the file is absent', () => {
    const result = compile();
    expect(result.site?.name).toBe('Stackwise');
    expect(result.site?.links).toEqual([]);
    expect(result.site?.contact).toBeNull();
  });

  it.each<[string, string, string]>([
    [
      'an unknown field',
      SITE_MD.replace('intro:', 'tagline: Hi\nintro:'),
      `${site}:4:1 "tagline" is not a field we know here. Allowed fields: name, title, intro, links, contact.`,
    ],
    [
      'a missing field',
      SITE_MD.replace('title: Pick a stack the platform team supports\n', ''),
      `${site}:2:1 "title" is missing. Add it to the front matter.`,
    ],
    [
      'a footer link that is not a full address',
      SITE_MD.replace('https://backstage.acme.example/golden-paths', 'go/golden-paths'),
      `${site}:7:10 "links[1].url" must be a full http:// or https:// address (found the text "go/golden-paths").`,
    ],
    [
      'a contact that is neither a web page nor an e-mail address',
      SITE_MD.replace('mailto:platform@acme.example', 'javascript:alert(1)'),
      `${site}:10:8 "contact.url" must be a full http:// or https:// address, or a mailto: address (found the text "javascript:alert(1)").`,
    ],
    [
      'text in the body, which is never shown',
      `${SITE_MD}\nWelcome to our portal.\n`,
      `${site}:13:1 The site file has no body: write the start page text in "intro"`,
    ],
  ])('reports %s', (_, text, expected) => {
    const errors = errorsOf({ [site]: text });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(expected);
  });
});
