/**
 * The named span layers a `Doc` holds. A stage declares which of these it reads and writes; the
 * pipeline test checks that every layer is written before it is read.
 */
import type {
  EntityRecord, EventRecord, FigureRecord, MentionRecord, Offsets, ParagraphRecord,
  QuoteRecord, StanceRecord, TimeRecord,
} from '../record/article-record.js';

/** Mutable working copies: stages build layers up, the record freezes them. */
export interface Layers {
  paragraphs: ParagraphRecord[];
  sentences: Offsets[];
  entities: EntityRecord[];
  mentions: MentionRecord[];
  quotes: QuoteRecord[];
  figures: FigureRecord[];
  times: TimeRecord[];
  stances: StanceRecord[];
  events: EventRecord[];
}

export type LayerName = keyof Layers;

/**
 * Layers that are registries of things with ids rather than spans: one stage writes a registry,
 * and later stages that declare `registers` may append entries with new ids (an initiative a
 * stance names but the entities stage did not find), so a record's references always resolve.
 */
export type RegistryName = 'entities';

export type RegistryEntry<K extends RegistryName> = Layers[K][number];

/** The layers a record carries even when no stage wrote them: they are empty, not missing. */
export const RECORD_LAYERS: readonly LayerName[] = [
  'paragraphs', 'sentences', 'entities', 'mentions', 'quotes', 'figures', 'times', 'stances', 'events',
];
