import { describe, expect, it } from 'vitest';
import { loadCatalog } from './load.ts';
import { PROSE_FIELDS, splitCatalog, withProse } from './split.ts';
import {
  compileCount,
  compileOnce,
  INDEX_MODULE,
  PROSE_MODULE,
  stackwiseContent,
  SUMMARY_MODULE,
} from './vite-plugin.ts';

const full = loadCatalog(process.cwd()).catalog!;
const { index, prose } = splitCatalog(full);

describe('the catalog split for the browser', () => {
  it('keeps every id, name, relation and fit score in the index, and no prose field', () => {
    expect(index.technologies.map((t) => t.id)).toEqual(full.technologies.map((t) => t.id));
    for (const t of index.technologies) {
      for (const field of [...PROSE_FIELDS, 'source']) expect(t).not.toHaveProperty(field);
      for (const fit of Object.values(t.fit)) expect(Object.keys(fit)).toEqual(['score']);
    }
    expect(index).not.toHaveProperty('scenarios');
    // Nothing the browser loads for the wizard spells out a section, a summary or a why.
    const text = JSON.stringify(index);
    const postgres = full.technologies.find((t) => t.category === 'database')!;
    expect(text).not.toContain(JSON.stringify(postgres.summary));
    expect(text).not.toContain(Object.values(postgres.fit)[0]!.why);
  });

  it('has prose for every technology id, with a why for every fit score', () => {
    expect(Object.keys(prose).sort()).toEqual(index.technologies.map((t) => t.id).sort());
    for (const t of index.technologies) {
      expect(prose[t.id]!.summary.length).toBeGreaterThan(0);
      expect(Object.keys(prose[t.id]!.why).sort()).toEqual(Object.keys(t.fit).sort());
    }
  });

  it('puts the two back together as the pipeline compiled them', () => {
    for (const t of full.technologies) {
      // toEqual ignores the undefined `source`: the browser never needs the file path.
      const details = withProse(
        index.technologies.find((x) => x.id === t.id)!,
        prose,
      );
      expect(details).toEqual({ ...t, source: undefined });
      expect(details).not.toHaveProperty('source');
    }
  });

  it('shows an index entry with no prose as empty prose rather than failing', () => {
    const t = index.technologies[0]!;
    expect(withProse(t, {})).toMatchObject({ id: t.id, summary: '', sections: {} });
  });

  it('is about a fifth of the whole catalog, so the wizard loads little', () => {
    const size = (x: unknown) => JSON.stringify(x).length;
    expect(size(index)).toBeLessThan(size(full) / 5);
  });
});

describe('the content plugin', () => {
  it('compiles content once for all three of its modules', () => {
    const plugin = stackwiseContent({ root: process.cwd() });
    const load = plugin.load as (id: string) => string | null;
    compileOnce(process.cwd());
    const before = compileCount();
    const modules = [INDEX_MODULE, PROSE_MODULE, SUMMARY_MODULE].map((id) => load(`\0${id}`));
    expect(compileCount()).toBe(before);
    expect(modules.every((m) => m?.startsWith('export default'))).toBe(true);
    expect(load('/src/main.tsx')).toBeNull();
  });
});
