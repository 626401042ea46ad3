/** Every route of the app in one typed table: build links from here, never by hand. */
export const paths = {
  home: { pattern: '/', to: () => '/' },
  step: {
    pattern: '/wizard/:questionId',
    /** `returnTo: 'result'`: the step's primary action is "Update result", for editing one answer. */
    to: (questionId: string, options: { returnTo?: 'result' } = {}) =>
      `/wizard/${encodeURIComponent(questionId)}${options.returnTo ? `?return=${options.returnTo}` : ''}`,
  },
  result: {
    pattern: '/result',
    /** `query` is a share query from share/codec (without the `?`). */
    to: (query: string) => `/result?${query}`,
  },
  compare: {
    pattern: '/compare',
    to: (ids: readonly string[]) => `/compare?ids=${ids.map(encodeURIComponent).join(',')}`,
  },
  team: {
    pattern: '/team',
    /** `query` is a team query from share/team-codec (without the `?`). */
    to: (query = '') => (query ? `/team?${query}` : '/team'),
  },
  catalog: {
    pattern: '/catalog',
    /** `query` is a filter query from features/catalog/catalog-model (without the `?`). */
    to: (query = '') => (query ? `/catalog?${query}` : '/catalog'),
  },
  technology: {
    pattern: '/tech/:id',
    to: (id: string) => `/tech/${encodeURIComponent(id)}`,
  },
} as const;
