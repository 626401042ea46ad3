declare module 'virtual:stackwise/catalog' {
  import type { Catalog } from './types.ts';
  const catalog: Catalog;
  export default catalog;
}

declare module 'virtual:stackwise/summary' {
  const summary: { firstQuestion: string; questionCount: number; fingerprint: string };
  export default summary;
}
