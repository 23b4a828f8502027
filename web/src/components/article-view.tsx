/**
 * An article with its layers: the text (as text nodes only) with speakers, quotes, stances,
 * figures and times marked, each layer switchable; a click on a mark shows what was extracted
 * there and from what. Used by the article page and the paste playground alike.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EntitySummary } from '../../../src/api/corpus-reader.js';
import type { ArticleRecord } from '../../../src/record/article-record.js';
import { useLabels } from '../i18n/use-labels.js';
import { ArticleMeta } from './article-meta.js';
import { LAYERS, markedSpans, segmentText, type LayerName } from './layer-spans.js';
import { SpanDetails } from './span-details.js';

interface Props {
  readonly record: ArticleRecord;
  /** A span to select and scroll to on opening (from a search hit). */
  readonly focus?: readonly [number, number] | null;
}

const DEFAULT_ON: ReadonlySet<LayerName> = new Set(['speakers', 'quotes', 'stances', 'figures', 'times']);

export function ArticleView({ record, focus }: Props) {
  const { t } = useLabels();
  const [enabled, setEnabled] = useState<ReadonlySet<LayerName>>(DEFAULT_ON);
  const all = useMemo(() => markedSpans(record), [record]);
  const [selected, setSelected] = useState<number[]>([]);
  const textRef = useRef<HTMLDivElement>(null);

  const entities = useMemo(() => Object.fromEntries(record.entities.map((e) => [e.id, e as EntitySummary])), [record]);
  const visible = useMemo(() => all.filter((s) => enabled.has(s.layer)), [all, enabled]);
  const segments = useMemo(() => segmentText(record.text.length, visible), [record, visible]);
  const counts = useMemo(() => {
    const c = new Map<LayerName, number>();
    for (const s of all) if (s.kind !== 'cue' && s.kind !== 'target') c.set(s.layer, (c.get(s.layer) ?? 0) + 1);
    return c;
  }, [all]);

  // A span named in the URL is selected, then scrolled to once it is drawn as selected.
  const scrollPending = useRef(false);
  useEffect(() => {
    const target = focus ? all.find((s) => s.start === focus[0] && s.end === focus[1] && s.kind !== 'cue') : undefined;
    scrollPending.current = target !== undefined;
    setSelected(target ? [target.id] : []);
  }, [record, focus?.[0], focus?.[1]]);
  useEffect(() => {
    const mark = scrollPending.current ? textRef.current?.querySelector('.selected') : null;
    if (!mark) return;
    scrollPending.current = false;
    mark.scrollIntoView({ block: 'center' });
  }, [selected]);

  const toggle = (layer: LayerName) => {
    const next = new Set(enabled);
    if (next.has(layer)) next.delete(layer); else next.add(layer);
    setEnabled(next);
  };
  const onTextClick = (event: MouseEvent) => {
    const seg = (event.target as HTMLElement).closest('[data-seg]')?.getAttribute('data-seg');
    const segment = seg === null || seg === undefined ? undefined : segments[Number(seg)];
    setSelected(segment ? [...segment.spans] : []);
  };

  const first = selected[0];
  return (
    <div class="article-view">
      <div class="article-main">
        <div class="layer-bar" role="group" aria-label={t.layers}>
          <span class="muted">{t.layers}:</span>
          {LAYERS.map((layer) => (
            <label key={layer} class={`layer-toggle l-${layer}${enabled.has(layer) ? ' on' : ''}`}>
              <input type="checkbox" checked={enabled.has(layer)} onChange={() => toggle(layer)} />
              <span class="swatch" />{t.layer[layer]} <span class="count">{counts.get(layer) ?? 0}</span>
            </label>
          ))}
        </div>
        <div class="article-text" lang={record.lang} ref={textRef} onClick={onTextClick}>
          {segments.map((seg, i) => {
            const piece = record.text.slice(seg.start, seg.end);
            if (seg.spans.length === 0) return piece;
            const kinds = new Set(seg.spans.map((id) => all[id]!.kind));
            const cls = [...kinds].map((k) => `k-${k}`).join(' ') + (first !== undefined && seg.spans.includes(first) ? ' selected' : '');
            return <span key={i} data-seg={i} class={cls}>{piece}</span>;
          })}
        </div>
      </div>
      <aside class="article-side">
        <section class="details-panel" aria-live="polite">
          <h3>{t.details}</h3>
          {selected.length === 0 ? <p class="muted">{t.clickHint}</p>
            : selected.map((id) => <SpanDetails key={id} record={record} span={all[id]!} entities={entities} />)}
        </section>
        <ArticleMeta record={record} entities={entities} />
      </aside>
    </div>
  );
}
