/** Every route of the app in one typed table: build links from here, never by hand. */
export const paths = {
  home: { pattern: '/', to: () => '/' },
  catalog: { pattern: '/catalog', to: () => '/catalog' },
  technology: {
    pattern: '/tech/:id',
    to: (id: string) => `/tech/${encodeURIComponent(id)}`,
  },
} as const;
