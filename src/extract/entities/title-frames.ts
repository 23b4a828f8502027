/**
 * Reads what stands around each title: a country or organisation that qualifies it (哈萨克斯坦|总统,
 * Президент|Казахстана, President|of|Kyrgyzstan, Kazakh|President) and a name that it introduces
 * (总统|萨德尔·扎帕罗夫, 习近平|主席). The arrangement is pack data (TitleFrames); this engine only
 * compares the text between neighbouring hits with the pack's allowed gaps.
 */
import type { PackSet } from '../../lang/pack-set.js';
import type { DocContext } from './doc-context.js';
import type { EntitiesPack, Gaps } from './entities-pack.js';
import type { Hit, Payload } from './lexicon-entry.js';
import { createHanNameScanner, scanWordName, type HanNameScanner, type NameSpan } from './unknown-names.js';

export interface TextRole {
  readonly role: string;
  /** The qualifying country or organisation, when the title names one. */
  readonly of?: string;
  /**
   * Where the name starts when it begins before the known surname hit: a given name spelled
   * otherwise than in the gazetteer (Шехбаз Шариф for Шахбаз Шариф) still names that person.
   */
  readonly from?: number;
}

export interface TitleUse extends TextRole {
  readonly hit: number;
  readonly bare: boolean;
  readonly pack: string;
}

export interface UnknownName extends TextRole {
  readonly span: NameSpan;
  readonly pack: string;
}

export interface Frames {
  /** Name hits a title introduces, with the role it gives them. */
  readonly attached: Map<number, TextRole>;
  /** Hits that qualify a title (a demonym becomes a country mention only there). */
  readonly qualifiers: Set<number>;
  /** Titles with a country and no name: the holder is looked up by date. */
  readonly qualified: TitleUse[];
  /** Titles alone: the holder comes from the article (coreference). */
  readonly bare: TitleUse[];
  readonly unknown: UnknownName[];
}

const UNKNOWN_QUALIFIER = 'unknown-qualifier' as const;

const gapFits = (text: string, from: number, to: number, gaps: Gaps) =>
  gaps.some((g) => to - from === g.length && text.startsWith(g, from));

function qualifierOf(hit: Hit | undefined, allowAdjective: boolean): string | undefined {
  for (const p of hit?.payloads ?? []) {
    if (p.kind === 'name' && (p.type === 'country' || p.type === 'organization') && (allowAdjective || p.form !== 'adjective')) return p.entity;
  }
  return undefined;
}

const isPersonHit = (hit: Hit | undefined) => hit?.payloads.some((p) => p.kind === 'name' && p.type === 'person') === true;

export class TitleFrameReader {
  private readonly han = new Map<string, HanNameScanner>();
  private readonly codes = new Map<string, string | undefined>();

  /** The entities part of each pack by code, looked up once instead of per hit. */
  readonly entityPacks: ReadonlyMap<string, EntitiesPack>;

  constructor(private readonly packs: PackSet) {
    this.entityPacks = new Map(packs.all('entities'));
    for (const [code, pack] of packs.all('entities')) {
      if (pack.names.kind === 'han') this.han.set(code, createHanNameScanner(pack.names));
    }
  }

  read(ctx: DocContext): Frames {
    const frames: Frames = { attached: new Map(), qualifiers: new Set(), qualified: [], bare: [], unknown: [] };
    const { hits, text } = ctx;
    for (let t = 0; t < hits.length; t++) {
      const hit = hits[t]!;
      if (!hit.payloads.some((p) => p.kind === 'title')) continue;
      const titles = hit.payloads.filter((p): p is Payload & { kind: 'title' } => p.kind === 'title');
      // Президент is a Russian and a Kazakh title: the paragraph's language picks the frames.
      const code = this.codeFor(ctx.langAt(hit.start));
      const title = titles.find((p) => p.pack === code) ?? titles[0]!;
      const pack = this.entityPacks.get(title.pack);
      if (!pack) continue;
      const { frames: gaps } = pack;
      let of: string | undefined;
      let nameFrom = hit.end;
      let nameIndex = t + 1;
      let qualifierIndex = -1;
      const before = qualifierOf(hits[t - 1], true);
      const after = qualifierOf(hits[t + 1], false);
      if (before && gapFits(text, hits[t - 1]!.end, hit.start, gaps.qualifierBefore)) {
        of = before;
        qualifierIndex = t - 1;
      } else if (after && gapFits(text, hit.end, hits[t + 1]!.start, gaps.qualifierAfter)) {
        of = after;
        qualifierIndex = t + 1;
        nameFrom = hits[t + 1]!.end;
        nameIndex = t + 2;
      }
      if (qualifierIndex >= 0) frames.qualifiers.add(qualifierIndex);
      const role: TextRole = of ? { role: title.role, of } : { role: title.role };
      const next = hits[nameIndex];
      if (next && isPersonHit(next) && gapFits(text, nameFrom, next.start, gaps.nameAfter)) {
        frames.attached.set(nameIndex, role);
        continue;
      }
      const unknown = this.unknownAfter(ctx, pack, title.pack, nameFrom, of === undefined);
      if (unknown === UNKNOWN_QUALIFIER) continue;
      if (unknown) {
        const surname = this.knownSurnameAfter(ctx, unknown);
        if (surname >= 0) frames.attached.set(surname, { role: title.role, of, from: unknown.start });
        else frames.unknown.push({ role: title.role, of, span: unknown, pack: title.pack });
        continue;
      }
      const previous = hits[t - 1];
      if (qualifierIndex !== t - 1 && isPersonHit(previous) && gapFits(text, previous!.end, hit.start, gaps.nameBefore)) {
        frames.attached.set(t - 1, role);
        continue;
      }
      const use: TitleUse = { role: title.role, of, hit: t, bare: title.bare, pack: title.pack };
      if (of) frames.qualified.push(use);
      else if (title.bare) frames.bare.push(use);
    }
    return frames;
  }

  /** The pack code of a language tag, remembered: tags repeat on every hit of a paragraph. */
  codeFor(tag: string): string | undefined {
    if (!this.codes.has(tag)) this.codes.set(tag, this.packs.codeFor(tag));
    return this.codes.get(tag);
  }

  /** A name after the title; UNKNOWN_QUALIFIER when the title belongs to a country the gazetteer lacks. */
  private unknownAfter(
    ctx: DocContext, pack: EntitiesPack, code: string, from: number, noQualifier: boolean,
  ): NameSpan | typeof UNKNOWN_QUALIFIER | undefined {
    const { frames: gaps, names } = pack;
    let at = from;
    let stepped = false;
    if (noQualifier && names.kind === 'words') {
      // `President of Valdoria Arvid Kallen`: a connector word then an unknown country to step over.
      const connector = gaps.qualifierAfter.find((g) => g.trim() !== '' && ctx.text.startsWith(g, from));
      if (connector) {
        const country = scanWordName(ctx, from + connector.length, names, pack.inflection, false);
        if (!country) return undefined;
        at = from + connector.length + country.parts[0]!.length;
        stepped = true;
      }
    }
    for (const gap of gaps.nameAfter) {
      if (!ctx.text.startsWith(gap, at)) continue;
      const start = at + gap.length;
      if (names.kind === 'han') return this.han.get(code)?.scan(ctx, start);
      const shift = noQualifier && gaps.qualifierAfter.includes(' ');
      return scanWordName(ctx, start, names, pack.inflection, shift) ?? (stepped ? UNKNOWN_QUALIFIER : undefined);
    }
    return stepped ? UNKNOWN_QUALIFIER : undefined;
  }

  /** The index of a person hit right after an unknown given name (a space or a middle dot between), or -1. */
  private knownSurnameAfter(ctx: DocContext, name: NameSpan): number {
    const index = ctx.hitIndexFrom(name.end);
    const hit = ctx.hits[index];
    if (!hit || !isPersonHit(hit) || hit.start - name.end !== 1) return -1;
    const gap = ctx.text[name.end]!;
    const dots = [...this.han.values()].some((scanner) => scanner.separators.includes(gap));
    return gap === ' ' || dots ? index : -1;
  }

  /** The Han scanner of the pack that has one, for dotted names outside title frames. */
  hanScanners(): ReadonlyMap<string, HanNameScanner> {
    return this.han;
  }
}
