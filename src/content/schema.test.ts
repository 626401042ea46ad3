import { describe, expect, expectTypeOf, it } from 'vitest';
import { loadCatalog } from './load.ts';
import { CompiledCatalogSchema, SiteSchema, type Technology } from './schema.ts';
import type { Catalog } from './types.ts';
import { ROLES, rolesOf, type Role } from './vocabulary.ts';

describe('the compiled catalog matches the schema its types come from', () => {
  const result = loadCatalog(process.cwd());

  it('the real catalog compiles and parses with CompiledCatalogSchema and SiteSchema, field for field', () => {
    expect(result.errors).toEqual([]);
    // strictObject: a field the pipeline emits but the schema does not declare fails here too.
    expect(() => CompiledCatalogSchema.parse(result.catalog)).not.toThrow();
    expect(() => SiteSchema.parse(result.site)).not.toThrow();
  });

  it('optional fields stay optional without admitting undefined (exactOptionalPropertyTypes)', () => {
    expectTypeOf<Technology['languages']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Pick<Technology, 'languages'>>().toEqualTypeOf<{ languages?: string[] }>();
    expectTypeOf<Catalog['technologies'][number]>().toEqualTypeOf<Technology>();
  });

  it('every role is filled by some technology of the real catalog', () => {
    const filled = new Set<Role>(result.catalog?.technologies.flatMap((t) => rolesOf(t)) ?? []);
    expect([...filled].sort()).toEqual([...ROLES].sort());
  });
});
