declare module 'virtual:stackwise/catalog-index' {
  import type { Catalog } from './types.ts';
  const index: Catalog;
  export default index;
}

declare module 'virtual:stackwise/catalog-prose' {
  import type { CatalogProse } from './types.ts';
  const prose: CatalogProse;
  export default prose;
}

declare module 'virtual:stackwise/summary' {
  import type { Site } from './types.ts';
  const summary: { firstQuestion: string; questionCount: number; fingerprint: string; site: Site };
  export default summary;
}
