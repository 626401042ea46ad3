import { describe, expect, it } from 'vitest';
import {
  filtersQuery,
  filterTechnologies,
  hasFilters,
  isReviewDue,
  NO_FILTERS,
  parseFilters,
  type Browsable,
} from './catalog-model.ts';

const t = (b: Partial<Browsable> & Pick<Browsable, 'id' | 'category'>): Browsable => ({
  name: b.id.toUpperCase(),
  status: 'adopt',
  aliases: [],
  summary: '',
  ...b,
});

const TECHS: Browsable[] = [
  t({ id: 'java', name: 'Java', category: 'language' }),
  t({ id: 'kotlin', name: 'Kotlin', category: 'language', status: 'trial' }),
  t({
    id: 'spring-boot',
    name: 'Spring Boot',
    category: 'framework',
    languages: ['java', 'kotlin'],
  }),
  t({ id: 'ktor', name: 'Ktor', category: 'framework', languages: ['kotlin'], status: 'assess' }),
  t({ id: 'hibernate', name: 'Hibernate', category: 'orm', languages: ['java', 'kotlin'] }),
  t({
    id: 'postgresql',
    name: 'PostgreSQL',
    category: 'database',
    aliases: ['postgres'],
    summary: 'Relational database with JSONB and full-text search.',
  }),
  t({ id: 'mongodb', name: 'MongoDB', category: 'database', status: 'hold' }),
  t({ id: 'kafka', name: 'Apache Kafka', category: 'broker', summary: 'Event streaming.' }),
];
const LANGS = [
  { id: 'java', name: 'Java' },
  { id: 'kotlin', name: 'Kotlin' },
];
const ids = (techs: Browsable[]) => techs.map((x) => x.id);

describe('catalog filters in the URL', () => {
  it('reads every filter, in any case, and writes them back in a fixed order', () => {
    const { filters, problems } = parseFilters(
      'q=json%20search&status=Adopt&language=java&category=database',
      LANGS,
    );
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      category: 'database',
      language: 'java',
      status: 'adopt',
      q: 'json search',
    });
    expect(filtersQuery(filters)).toBe(
      'category=database&language=java&status=adopt&q=json+search',
    );
    expect(parseFilters(filtersQuery(filters), LANGS).filters).toEqual(filters);
  });

  it('has no query and no filters when nothing is set', () => {
    expect(parseFilters('', LANGS)).toEqual({ filters: NO_FILTERS, problems: [] });
    expect(filtersQuery(NO_FILTERS)).toBe('');
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, q: '  ' })).toBe(false);
  });

  it.each([
    ['category=datbase', /category "datbase".*every category is shown.*"database"/],
    ['language=cobol', /language "cobol".*every language is shown.*"java", "kotlin"/],
    [
      'status=maybe',
      /radar status "maybe".*every status is shown.*"adopt", "trial", "assess", "hold"/,
    ],
  ])(
    'drops an unknown value (%s) with a sentence saying what is shown instead',
    (query, message) => {
      const { filters, problems } = parseFilters(`${query}&q=kafka`, LANGS);
      expect(problems).toEqual([expect.stringMatching(message)]);
      // The rest of the link still applies, so the list is never blank because of a typo.
      expect({ ...filters, q: '' }).toEqual(NO_FILTERS);
      expect(ids(filterTechnologies(TECHS, filters))).toEqual(['kafka']);
    },
  );
});

describe('which technologies the filters show', () => {
  it('shows everything without filters', () => {
    expect(filterTechnologies(TECHS, NO_FILTERS)).toEqual(TECHS);
  });

  it('filters by category and by radar status', () => {
    expect(ids(filterTechnologies(TECHS, { ...NO_FILTERS, category: 'language' }))).toEqual([
      'java',
      'kotlin',
    ]);
    expect(ids(filterTechnologies(TECHS, { ...NO_FILTERS, status: 'hold' }))).toEqual(['mongodb']);
  });

  it('keeps a language, its frameworks and data access, and every database and broker', () => {
    expect(ids(filterTechnologies(TECHS, { ...NO_FILTERS, language: 'java' }))).toEqual([
      'java',
      'spring-boot',
      'hibernate',
      'postgresql',
      'mongodb',
      'kafka',
    ]);
    expect(
      ids(filterTechnologies(TECHS, { ...NO_FILTERS, language: 'kotlin', category: 'framework' })),
    ).toEqual(['spring-boot', 'ktor']);
  });

  it('searches name, id, aliases and summary, every word, ignoring case and accents', () => {
    const search = (q: string) => ids(filterTechnologies(TECHS, { ...NO_FILTERS, q }));
    expect(search('POSTGRES')).toEqual(['postgresql']);
    expect(search('full-text json')).toEqual(['postgresql']);
    expect(search('spring-boot')).toEqual(['spring-boot']);
    expect(search('stréaming')).toEqual(['kafka']);
    expect(search('kotlin')).toEqual(['kotlin']);
    expect(search('json kafka')).toEqual([]);
  });
});

describe('review due', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  it('is due after the given number of days, and for a date that cannot be read', () => {
    expect(isReviewDue('2026-11-01', now, 365)).toBe(false);
    expect(isReviewDue('2025-12-02', now, 365)).toBe(false);
    expect(isReviewDue('2025-11-01', now, 365)).toBe(true);
    expect(isReviewDue('someday', now, 365)).toBe(true);
  });
});
