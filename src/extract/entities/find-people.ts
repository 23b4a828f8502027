/**
 * People the gazetteer does not know, found by shape: a name a title introduces (title frames),
 * a dotted Han name anywhere, a name with a patronymic anywhere. Each becomes a `pattern` mention
 * of a person in FoundPeople, with the role its title gives.
 */
import type { DocContext } from './doc-context.js';
import { FoundPeople } from './found-people.js';
import type { Draft } from './mention-draft.js';
import type { Frames, TextRole, TitleFrameReader } from './title-frames.js';
import { scanPatronymicNames, type NameSpan } from './unknown-names.js';

const HAN = /\p{Script=Han}/u;

export class PeopleFinder {
  // One scan for all middle dots (a character class), not one indexOf pass per dot.
  private readonly dotPatterns: ReadonlyMap<string, RegExp>;

  constructor(private readonly frames: TitleFrameReader) {
    this.dotPatterns = new Map([...frames.hanScanners()].map(([code, scanner]) =>
      [code, new RegExp(`[${scanner.separators.replace(/[\\\]^-]/g, '\\$&')}]`, 'g')] as const));
  }

  find(ctx: DocContext, frames: Frames): { readonly people: FoundPeople; readonly drafts: Draft[] } {
    const people = new FoundPeople();
    const drafts: Draft[] = [];
    const reader = this.frames;

    const add = (span: NameSpan, code: string | undefined, role?: TextRole) => {
      if (!ctx.isFree(span.start, span.end)) return;
      const pack = code ? reader.entityPacks.get(code) : undefined;
      const tag = ctx.langAt(span.start);
      const person = HAN.test(span.parts[0] ?? '')
        ? people.addHan(span.parts, ctx.text.slice(span.start, span.end), tag.startsWith('zh') ? tag : 'zh')
        : people.addWords(span.parts, pack?.tag ?? tag, pack?.inflection, pack?.names.kind === 'words'
          ? { feminine: pack.names.feminineEndings, masculine: pack.names.masculineEndings }
          : { feminine: [], masculine: [] });
      if (role) people.noteRole(person, role.role, role.of);
      ctx.cover(span.start, span.end);
      drafts.push({ start: span.start, end: span.end, entity: person.id, via: 'pattern' });
    };

    for (const unknown of frames.unknown) add(unknown.span, unknown.pack, unknown);
    for (const [code, scanner] of reader.hanScanners()) {
      const dots = this.dotPatterns.get(code)!;
      dots.lastIndex = 0;
      for (let m = dots.exec(ctx.text); m !== null; m = dots.exec(ctx.text)) {
        const span = scanner.around(ctx, m.index);
        if (span) add(span, code);
      }
    }
    const wordsPack = (offset: number) => {
      const code = reader.codeFor(ctx.langAt(offset));
      const pack = code ? reader.entityPacks.get(code) : undefined;
      return pack?.names.kind === 'words' ? { names: pack.names, lang: pack.inflection, code } : undefined;
    };
    for (const span of scanPatronymicNames(ctx, wordsPack)) add(span, wordsPack(span.start)?.code);
    return { people, drafts };
  }
}
