/**
 * A hit of the in-memory corpus in the Store's shape, so both corpora export through the same
 * rows as `rostrum export`. The speaker's name is the one for the article's language, as the
 * Store picks it: that language, then its base (`zh` for `zh-Hant`), then English, then any.
 */
import type { SearchHit as StoreHit } from '../store/store.js';
import { articleRef } from './corpus-views.js';
import type { PreparedRecord } from './prepared-record.js';
import type { RecordHit } from './record-hits.js';

export function nameFor(names: Readonly<Record<string, string>> | undefined, lang: string): string | undefined {
  if (!names) return undefined;
  const base = lang.split('-')[0]!;
  const baseMatch = Object.keys(names).find((tag) => tag.split('-')[0] === base);
  return names[lang] ?? (baseMatch ? names[baseMatch] : undefined) ?? names['en'] ?? Object.values(names)[0];
}

export function toStoreHit({ record }: PreparedRecord, hit: RecordHit, unitId: number): StoreHit {
  const speakerId = hit.type === 'stance' && hit.item && 'holder' in hit.item ? hit.item.holder ?? hit.speaker : hit.speaker;
  const names = speakerId ? record.entities.find((e) => e.id === speakerId)?.names : undefined;
  return {
    kind: hit.type,
    unitId,
    article: articleRef(record),
    start: hit.start,
    end: hit.end,
    text: hit.item ? hit.item.text : record.text,
    speaker: speakerId ? { id: speakerId, name: nameFor(names, record.lang) ?? speakerId } : null,
    score: null,
    item: hit.item,
  };
}
