import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { NOT_EMBEDDED, parseHexColor, readEmbedParams } from './params-model.ts';

describe('readEmbedParams', () => {
  it('reads every parameter', () => {
    const answers = 'v=1&team-language=typescript&workload=crud-api,realtime';
    const saved = '{"version":1,"answers":{"scale":["small"]},"exclude":[],"lastStep":"scale"}';
    const search = `?embed=1&parentOrigin=${encodeURIComponent('https://docs.example.com')}&theme=dark&accent=0F766E&answers=${encodeURIComponent(answers)}&keep=1&saved=${encodeURIComponent(saved)}`;
    expect(readEmbedParams(search)).toEqual({
      embedded: true,
      parentOrigin: 'https://docs.example.com',
      theme: 'dark',
      accent: '#0f766e',
      answers,
      keep: true,
      saved,
    });
  });

  it('is not embedded without embed=1', () => {
    expect(readEmbedParams('')).toEqual(NOT_EMBEDDED);
    expect(readEmbedParams('?embed=true&parentOrigin=https://a.example')).toEqual(NOT_EMBEDDED);
    expect(readEmbedParams('?parentOrigin=https://a.example')).toEqual(NOT_EMBEDDED);
  });

  it('drops invalid values instead of trusting them', () => {
    expect(
      readEmbedParams('?embed=1&parentOrigin=*&theme=sepia&accent=red&answers=&keep=yes&saved='),
    ).toEqual({
      ...NOT_EMBEDDED,
      embedded: true,
    });
    expect(readEmbedParams(`?embed=1&saved=${'x'.repeat(5000)}`).saved).toBeNull();
    expect(readEmbedParams('?embed=1&parentOrigin=https://a.example/path').parentOrigin).toBeNull();
  });

  it('never throws on random search strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = readEmbedParams(`?embed=1&${s}`);
        expect(typeof p.embedded).toBe('boolean');
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('parseHexColor', () => {
  it.each([
    ['4338ca', '#4338ca'],
    ['#4338CA', '#4338ca'],
    ['#43c', '#4433cc'],
    [' 0f766e ', '#0f766e'],
  ])('%j is %s', (value, hex) => expect(parseHexColor(value)).toBe(hex));

  it.each(['red', 'rgb(0,0,0)', '#12345', '#1234567', 'url(x)', '', 'javascript:1', null, 7])(
    '%j is not a colour',
    (value) => expect(parseHexColor(value)).toBeNull(),
  );
});
