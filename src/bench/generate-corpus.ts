/**
 * A deterministic benchmark corpus: fictional articles per language from fixed templates and a
 * seeded generator, so every run measures the same bytes.
 */
import { TEMPLATES, type CorpusTemplates } from './corpus-templates.js';

export type BenchLang = keyof typeof TEMPLATES;
export const BENCH_LANGS = Object.keys(TEMPLATES) as BenchLang[];

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function fill(template: string, t: CorpusTemplates, random: () => number): string {
  return template.replace(/\{(person|country|city|org|n|pct|year)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'person': return pick(t.persons, random);
      case 'country': return pick(t.countries, random);
      case 'city': return pick(t.cities, random);
      case 'org': return pick(t.orgs, random);
      case 'n': return String(10 + Math.floor(random() * 990));
      case 'pct': return String(1 + Math.floor(random() * 60));
      default: return String(2020 + Math.floor(random() * 15));
    }
  });
}

export interface GeneratedArticle {
  readonly date: string;
  readonly body: string;
}

/** One article: 4–9 paragraphs of 1–4 sentences. */
export function generateArticle(lang: BenchLang, random: () => number): GeneratedArticle {
  const t = TEMPLATES[lang];
  const paragraphs: string[] = [];
  const count = 4 + Math.floor(random() * 6);
  for (let p = 0; p < count; p++) {
    const n = 1 + Math.floor(random() * 4);
    paragraphs.push(Array.from({ length: n }, () => fill(pick(t.sentences, random), t, random)).join(t.glue));
  }
  const day = 1 + Math.floor(random() * 28);
  return { date: `2025-0${1 + Math.floor(random() * 9)}-${String(day).padStart(2, '0')}`, body: paragraphs.join('\n\n') };
}

/** Articles until their UTF-8 size reaches `bytes`. */
export function generateCorpus(lang: BenchLang, bytes: number, seed = 20250901): GeneratedArticle[] {
  const random = seededRandom(seed + lang.charCodeAt(0) * 31 + lang.charCodeAt(1));
  const out: GeneratedArticle[] = [];
  let size = 0;
  while (size < bytes) {
    const article = generateArticle(lang, random);
    size += Buffer.byteLength(article.body);
    out.push(article);
  }
  return out;
}
