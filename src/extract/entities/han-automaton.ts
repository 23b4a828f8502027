/**
 * Aho–Corasick over UTF-16 code units for the surfaces matched without word boundaries (Chinese).
 * The text is folded to simplified on the fly, so one pass finds every simplified and traditional
 * surface in time linear in the text. Built once per process in the stage's create().
 */
import type { Hit, Payload } from './lexicon-entry.js';

function samePayload(a: Payload, b: Payload): boolean {
  if (a.kind === 'name' && b.kind === 'name') return a.entity === b.entity && a.form === b.form;
  return a === b || (a.kind === 'stop' && b.kind === 'stop');
}

export class HanAutomaton {
  private readonly goto: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Lengths of the patterns ending at a state, including those reached through failure links. */
  private readonly outLengths: number[][] = [[]];
  private readonly outPayloads: Array<Array<readonly Payload[]>> = [[]];
  private readonly payloadsBySurface = new Map<string, Payload[]>();
  private readonly rootNext = new Int32Array(0x10000).fill(-1);
  private built = false;

  constructor(private readonly fold: Uint16Array) {}

  add(surface: string, payload: Payload): void {
    if (surface.length === 0 || this.built) return;
    let folded = '';
    for (let i = 0; i < surface.length; i++) folded += String.fromCharCode(this.fold[surface.charCodeAt(i)]!);
    const list = this.payloadsBySurface.get(folded);
    // zh and zh-Hant names often fold to one surface: keep one copy of each payload.
    if (!list) this.payloadsBySurface.set(folded, [payload]);
    else if (!list.some((p) => samePayload(p, payload))) list.push(payload);
  }

  /** Builds the trie and failure links; no surface may be added afterwards. */
  build(): this {
    for (const [surface, payloads] of this.payloadsBySurface) {
      let state = 0;
      for (let i = 0; i < surface.length; i++) {
        const code = surface.charCodeAt(i);
        let next = this.goto[state]!.get(code);
        if (next === undefined) {
          next = this.goto.length;
          this.goto.push(new Map());
          this.fail.push(0);
          this.outLengths.push([]);
          this.outPayloads.push([]);
          this.goto[state]!.set(code, next);
        }
        state = next;
      }
      this.outLengths[state]!.push(surface.length);
      this.outPayloads[state]!.push(payloads);
    }
    const queue: number[] = [];
    for (const [code, next] of this.goto[0]!) {
      this.rootNext[code] = next;
      queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, next] of this.goto[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.goto[f]!.has(code)) f = this.fail[f]!;
        const target = this.goto[f]!.get(code);
        this.fail[next] = target !== undefined && target !== next ? target : 0;
        const via = this.fail[next]!;
        this.outLengths[next]!.push(...this.outLengths[via]!);
        this.outPayloads[next]!.push(...this.outPayloads[via]!);
        queue.push(next);
      }
    }
    this.built = true;
    return this;
  }

  /** Every occurrence of every surface, overlapping ones included (selection happens later). */
  scan(text: string, into: Hit[]): void {
    const { fold, rootNext, goto, fail, outLengths, outPayloads } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = fold[text.charCodeAt(i)]!;
      if (state === 0) {
        const next = rootNext[code]!;
        if (next < 0) continue;
        state = next;
      } else {
        let next = goto[state]!.get(code);
        while (next === undefined && state !== 0) {
          state = fail[state]!;
          next = state === 0 ? (rootNext[code]! >= 0 ? rootNext[code] : undefined) : goto[state]!.get(code);
        }
        state = next ?? 0;
        if (state === 0) continue;
      }
      const lengths = outLengths[state]!;
      for (let k = 0; k < lengths.length; k++) {
        into.push({ start: i + 1 - lengths[k]!, end: i + 1, payloads: outPayloads[state]![k]! });
      }
    }
  }
}
