declare module 'virtual:stackwise/catalog' {
  import type { Catalog } from './types.ts';
  const catalog: Catalog;
  export default catalog;
}
