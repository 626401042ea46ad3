import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import {
  hostMessage,
  isFromExpected,
  LIMITS,
  MESSAGE_SOURCE,
  pageMessage,
  parseHostMessage,
  parseHttpUrl,
  parseOrigin,
  parsePageMessage,
  PROTOCOL_VERSION,
  type PageMessage,
} from './protocol.ts';

const envelope = (type: unknown, payload: unknown, extra: Record<string, unknown> = {}) => ({
  source: MESSAGE_SOURCE,
  version: PROTOCOL_VERSION,
  type,
  payload,
  ...extra,
});

const RESULT = {
  answers: { 'team-language': ['typescript'], workload: ['crud-api', 'realtime'], 'fast-data': [] },
  stack: { language: 'nodejs', framework: 'fastify', database: 'postgresql', orm: 'drizzle' },
  shareUrl: 'https://tools.example.com/stackwise/#/result?v=1&team-language=typescript',
};

describe('valid messages', () => {
  it.each([
    ['ready', {}],
    ['resize', { height: 812 }],
    ['step', { questionId: 'team-language', index: 0, count: 12 }],
    ['step', { questionId: 'api-style', index: 11, count: 12 }],
    ['result', RESULT],
    ['result', { ...RESULT, stack: null }],
    ['result', { answers: {}, stack: {}, shareUrl: 'http://127.0.0.1:4173/#/result?v=1' }],
    ['save', { state: '{"version":1,"answers":{"scale":["small"]},"exclude":[],"lastStep":null}' }],
    ['save', { state: '' }],
    [
      'team-result',
      {
        answers: { 'team-language': ['typescript'] },
        stack: RESULT.stack,
        shareUrl: 'https://tools.example.com/stackwise/#/team?v=1&k=scale:small&m=B&m=B',
      },
    ],
    ['team-result', { answers: {}, stack: null, shareUrl: 'http://127.0.0.1:4173/#/team?v=1' }],
  ] as const)('%s %j round-trips', (type, payload) => {
    const message = pageMessage(type, payload as never);
    expect(parsePageMessage(message)).toEqual(message);
    // Through JSON too, as any structured clone would.
    expect(parsePageMessage(JSON.parse(JSON.stringify(message)))).toEqual(message);
  });

  it('host theme messages round-trip', () => {
    for (const theme of ['light', 'dark', 'auto'] as const) {
      const message = hostMessage('theme', { theme });
      expect(parseHostMessage(message)).toEqual(message);
    }
  });

  it('rounds a fractional height up, so the content always fits', () => {
    expect(parsePageMessage(envelope('resize', { height: 640.2 }))?.payload).toEqual({
      height: 641,
    });
  });

  it('returns a fresh copy with only the known fields', () => {
    const data = envelope(
      'step',
      { questionId: 'scale', index: 2, count: 5, secret: 'x' },
      { extra: true },
    );
    const parsed = parsePageMessage(data)!;
    expect(parsed).toEqual(envelope('step', { questionId: 'scale', index: 2, count: 5 }));
    expect(parsed).not.toBe(data);
    expect(parsed.payload).not.toBe(data.payload);
  });

  it('accepts objects without a prototype (as some structured clones are)', () => {
    const payload = Object.assign(Object.create(null) as object, { height: 10 });
    expect(parsePageMessage(envelope('resize', payload))?.type).toBe('resize');
  });
});

describe('rejected messages', () => {
  it.each<[string, unknown]>([
    ['not an object', 'stackwise'],
    ['null', null],
    ['an array', [MESSAGE_SOURCE, 1, 'ready', {}]],
    ['another source', { ...envelope('ready', {}), source: 'typeform' }],
    ['a newer major version', { ...envelope('ready', {}), version: 2 }],
    ['an older version', { ...envelope('ready', {}), version: 0 }],
    ['a version as text', { ...envelope('ready', {}), version: '1' }],
    ['no version', { source: MESSAGE_SOURCE, type: 'ready', payload: {} }],
    ['an unknown type', envelope('reload', {})],
    ['a prototype key as type', envelope('toString', {})],
    ['"__proto__" as type', envelope('__proto__', {})],
    ['a host type sent as a page message', envelope('theme', { theme: 'dark' })],
    ['no payload', envelope('ready', undefined)],
    ['a negative height', envelope('resize', { height: -1 })],
    ['a height too large', envelope('resize', { height: LIMITS.height + 1 })],
    ['a NaN height', envelope('resize', { height: Number.NaN })],
    ['an infinite height', envelope('resize', { height: Number.POSITIVE_INFINITY })],
    ['a height as text', envelope('resize', { height: '100px' })],
    ['an index past the count', envelope('step', { questionId: 'a', index: 3, count: 3 })],
    ['a fractional index', envelope('step', { questionId: 'a', index: 0.5, count: 3 })],
    ['a zero count', envelope('step', { questionId: 'a', index: 0, count: 0 })],
    ['a malformed question id', envelope('step', { questionId: 'A B', index: 0, count: 3 })],
    ['answers as a list', envelope('result', { ...RESULT, answers: [] })],
    [
      'an answer that is not a list',
      envelope('result', { ...RESULT, answers: { scale: 'small' } }),
    ],
    [
      'a malformed option id',
      envelope('result', { ...RESULT, answers: { scale: ['<img src=x>'] } }),
    ],
    ['a stack with an unknown role', envelope('result', { ...RESULT, stack: { os: 'linux' } })],
    [
      'a team link that is not http(s)',
      envelope('team-result', { ...RESULT, shareUrl: 'javascript:alert(1)' }),
    ],
    ['a team result without its link', envelope('team-result', { answers: {}, stack: null })],
    ['a missing stack', envelope('result', { answers: {}, shareUrl: RESULT.shareUrl })],
    ['a javascript: share URL', envelope('result', { ...RESULT, shareUrl: 'javascript:alert(1)' })],
    ['a relative share URL', envelope('result', { ...RESULT, shareUrl: '#/result?v=1' })],
    [
      'a share URL with credentials',
      envelope('result', { ...RESULT, shareUrl: 'https://user:pw@example.com/' }),
    ],
    ['a saved state that is not text', envelope('save', { state: { answers: {} } })],
    ['a saved state too long', envelope('save', { state: 'x'.repeat(LIMITS.state + 1) })],
    [
      'a share URL too long',
      envelope('result', { ...RESULT, shareUrl: `https://e.com/${'a'.repeat(LIMITS.url)}` }),
    ],
  ])('%s', (_, data) => {
    expect(parsePageMessage(data)).toBeNull();
  });

  it.each<[string, unknown]>([
    ['an unknown theme', envelope('theme', { theme: 'sepia' })],
    ['a page type sent as a host message', envelope('ready', {})],
    ['a newer version', { ...envelope('theme', { theme: 'dark' }), version: 2 }],
  ])('host message: %s', (_, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });

  it('does not throw on hostile objects (throwing getters, proxies)', () => {
    const throwing = {
      source: MESSAGE_SOURCE,
      version: 1,
      get type(): string {
        throw new Error('boom');
      },
    };
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        getPrototypeOf() {
          throw new Error('boom');
        },
      },
    );
    expect(parsePageMessage(throwing)).toBeNull();
    expect(parsePageMessage(proxy)).toBeNull();
    expect(parseHostMessage(proxy)).toBeNull();
  });

  it('rejects 10,000 random values without throwing', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (data) => {
        expect(parsePageMessage(data)).toBeNull();
        expect(parseHostMessage(data)).toBeNull();
      }),
      { numRuns: 10_000 },
    );
  });

  it('rejects 10,000 random payloads in a valid envelope without throwing', () => {
    const types = fc.constantFrom('ready', 'resize', 'step', 'result', 'save', 'theme', 'other');
    const payload = fc.oneof(
      fc.anything({ withNullPrototype: true }),
      fc.record({ height: fc.anything() }),
      fc.record({ questionId: fc.anything(), index: fc.anything(), count: fc.anything() }),
      fc.record({ answers: fc.anything(), stack: fc.anything(), shareUrl: fc.anything() }),
      fc.record({ theme: fc.string() }),
      fc.record({ state: fc.oneof(fc.string(), fc.anything()) }),
    );
    fc.assert(
      fc.property(types, payload, fc.anything(), (type, p, version) => {
        const data = { source: MESSAGE_SOURCE, version, type, payload: p };
        // Whatever comes back must be exactly a valid message: re-parsing it is a no-op.
        const page = parsePageMessage(data);
        const host = parseHostMessage(data);
        if (page) expect(parsePageMessage(page)).toEqual(page);
        if (host) expect(parseHostMessage(host)).toEqual(host);
        if (version !== PROTOCOL_VERSION) expect(page ?? host).toBeNull();
      }),
      { numRuns: 10_000 },
    );
  });

  it('valid messages from generated payloads always parse to themselves', () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,2}$/);
    const message: fc.Arbitrary<PageMessage> = fc.oneof(
      fc.constant(pageMessage('ready', {})),
      fc.integer({ min: 0, max: LIMITS.height }).map((height) => pageMessage('resize', { height })),
      fc
        .tuple(id, fc.integer({ min: 1, max: LIMITS.questions }))
        .chain(([questionId, count]) =>
          fc
            .integer({ min: 0, max: count - 1 })
            .map((index) => pageMessage('step', { questionId, index, count })),
        ),
      fc
        .record({
          answers: fc.dictionary(id, fc.array(id, { maxLength: 5 }), { maxKeys: 12 }),
          stack: fc.option(fc.record({ language: id, framework: id, database: id }), {
            nil: null,
          }),
          shareUrl: fc.webUrl(),
        })
        .map((payload) => pageMessage('result', payload)),
    );
    fc.assert(
      fc.property(message, (m) => {
        expect(parsePageMessage(m)).toEqual(
          m.type === 'result'
            ? { ...m, payload: { ...m.payload, shareUrl: expect.any(String) } }
            : m,
        );
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('origins', () => {
  it.each([
    ['https://docs.example.com', 'https://docs.example.com'],
    ['https://docs.example.com/', 'https://docs.example.com'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['https://Docs.Example.com', 'https://docs.example.com'],
    ['https://docs.example.com:443', 'https://docs.example.com'],
  ])('%s is the origin %s', (value, origin) => {
    expect(parseOrigin(value)).toBe(origin);
  });

  it.each([
    '*',
    'null',
    '',
    'docs.example.com',
    'https://docs.example.com/path',
    'https://docs.example.com/?x=1',
    'https://docs.example.com/#x',
    'https://docs.example.com?',
    'https://user@docs.example.com',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    'data:text/html,hi',
    null,
    undefined,
    42,
  ])('%j is not an origin', (value) => {
    expect(parseOrigin(value)).toBeNull();
  });

  it('never throws and only returns http(s) origins for random text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.anything()), (value) => {
        const origin = parseOrigin(value);
        if (origin !== null) expect(origin).toMatch(/^https?:\/\/[^/?#]+$/);
      }),
      { numRuns: 2_000 },
    );
  });

  it('accepts http(s) URLs only as share URLs', () => {
    expect(parseHttpUrl('https://e.com/a#/result?v=1')).toBe('https://e.com/a#/result?v=1');
    expect(parseHttpUrl('mailto:a@e.com')).toBeNull();
    expect(parseHttpUrl(42)).toBeNull();
  });

  it('trusts an event only from the expected source at an expected origin', () => {
    const parent = {};
    const expected = { source: parent, origins: ['https://docs.example.com'] };
    expect(isFromExpected({ source: parent, origin: 'https://docs.example.com' }, expected)).toBe(
      true,
    );
    expect(isFromExpected({ source: parent, origin: 'https://evil.example' }, expected)).toBe(
      false,
    );
    expect(isFromExpected({ source: {}, origin: 'https://docs.example.com' }, expected)).toBe(
      false,
    );
    expect(
      isFromExpected(
        { source: null, origin: 'https://docs.example.com' },
        { source: null, origins: ['https://docs.example.com'] },
      ),
    ).toBe(false);
  });
});
