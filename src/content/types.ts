/**
 * What browser code imports about the catalog: the vocabularies (vocabulary.ts) and the plain
 * data types the content pipeline emits. The types are inferred from the zod schemas in
 * schema.ts and re-exported here type-only, so no zod reaches the browser bundle and a new field
 * is declared once, in its schema.
 */
export * from './vocabulary.ts';
export type {
  Catalog,
  CatalogProse,
  CompiledCatalog,
  CompiledTechnology,
  Condition,
  Criterion,
  DetailedCatalog,
  Fit,
  FitScore,
  Link,
  Option,
  Pitfall,
  Question,
  Scenario,
  ScenarioSource,
  Section,
  Site,
  Technology,
  TechnologyDetails,
  TechnologyProse,
} from './schema.ts';
