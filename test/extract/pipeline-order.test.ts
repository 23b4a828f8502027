import { describe, expect, it } from 'vitest';
import { STAGES } from '../../src/extract/stages.js';
import { loadPacks } from '../../src/lang/load-packs.js';
import type { StageDefinition } from '../../src/extract/stage.js';
import type { LayerName } from '../../src/extract/layers.js';

/** The first problem with an order of stages, or undefined when every read and registration follows its write. */
function orderProblem(stages: readonly StageDefinition[]): string | undefined {
  const written = new Set<LayerName>();
  for (const stage of stages) {
    for (const layer of stage.reads) {
      if (!written.has(layer)) return `${stage.name} reads "${layer}" before any stage writes it`;
    }
    // A writer sets its layer whole: one running after a registration would drop the entry.
    for (const layer of stage.registers ?? []) {
      if (!written.has(layer)) return `${stage.name} registers into "${layer}" before any stage writes it`;
    }
    for (const layer of stage.writes) written.add(layer);
  }
  return undefined;
}

const noop = () => () => {};

describe('configured stage order', () => {
  it('writes every layer before a stage reads it', () => {
    expect(orderProblem(STAGES)).toBeUndefined();
  });

  it('detects an order that reads too early', () => {
    const reversed = [...STAGES].reverse();
    const hasDependency = STAGES.some((s) => s.reads.length > 0);
    expect(hasDependency).toBe(true);
    expect(orderProblem(reversed)).toMatch(/reads ".+" before any stage writes it/);
  });

  it('detects a registration into a registry before its writer', () => {
    const writer: StageDefinition = { name: 'writer', reads: [], writes: ['entities'], create: noop };
    const registrar: StageDefinition = { name: 'registrar', reads: [], writes: [], registers: ['entities'], create: noop };
    expect(orderProblem([writer, registrar])).toBeUndefined();
    expect(orderProblem([registrar, writer])).toMatch(/registrar registers into "entities" before any stage writes it/);
  });

  it('has unique stage names and lets one stage own each layer', () => {
    expect(new Set(STAGES.map((s) => s.name)).size).toBe(STAGES.length);
    const writers = STAGES.flatMap((s) => s.writes);
    expect(new Set(writers).size).toBe(writers.length);
  });

  it('declares every registration, with stances adding the initiatives they name to the entities', () => {
    const registrars = STAGES.filter((s) => s.registers?.includes('entities')).map((s) => s.name);
    expect(registrars).toEqual(['stances']);
    for (const stage of STAGES) {
      for (const layer of stage.registers ?? []) expect(stage.writes, `${stage.name} both writes and registers`).not.toContain(layer);
    }
  });
});

describe('language packs', () => {
  it('are found by convention: zh, ru, en and kk at least', async () => {
    const packs = await loadPacks();
    expect(packs.codes).toEqual(expect.arrayContaining(['en', 'kk', 'ru', 'zh']));
  });

  it('every pack covers every stage that needs pack data, with the same files', async () => {
    const packs = await loadPacks();
    const needed = [...new Set(STAGES.flatMap((s) => (s.packPart ? [s.packPart] : [])))];
    const reference = packs.partsOf(packs.codes[0]!);
    for (const code of packs.codes) {
      expect(packs.partsOf(code), `pack ${code}`).toEqual(expect.arrayContaining(needed));
      expect(packs.partsOf(code), `pack ${code} has the same files as ${packs.codes[0]}`).toEqual(reference);
    }
  });
});
