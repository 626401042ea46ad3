declare module 'virtual:stackwise/catalog' {
  import type { Catalog } from './types.ts';
  const catalog: Catalog;
  export default catalog;
}

declare module 'virtual:stackwise/summary' {
  import type { Site } from './types.ts';
  const summary: {
    firstQuestion: string;
    questionCount: number;
    fingerprint: string;
    site: Site;
    languages: string[];
  };
  export default summary;
}
