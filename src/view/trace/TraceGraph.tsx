// The traced route as a picture: React owns the <svg>, the D3 trace renderer draws inside it.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { pictureText } from '../../i18n';
import { showControls, type Trace } from '../../model/trace';
import { useJourney } from '../StoreContext';
import { useReducedMotion } from '../useReducedMotion';
import { decimal } from '../format';
import { useLang, useT } from '../useT';
import { useTrace, useTraceStore } from './TraceContext';
import { layoutTrace, type TraceNode } from './traceLayout';
import { useRenderer } from '../useRenderer';
import { createTraceRenderer } from './traceRenderer';
import { why } from './why';

/** The container's width in steps of 20 px, so small size changes do not relayout. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(720);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(Math.max(200, Math.round(entry.contentRect.width / 20) * 20));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** A box's name as shown: the host (control characters made visible), a fold's count, or a stand-in. */
export function hostName(
  node: Pick<TraceNode, 'host' | 'index' | 'folded'>,
  t: ReturnType<typeof useT>,
  lang: string,
): string {
  if (node.folded) return t('trace.node.fold', { count: decimal(node.folded, lang) });
  if (node.host) return showControls(node.host);
  return t(node.index === 0 ? 'trace.node.origin' : 'trace.node.unnamed');
}

export function TraceGraph({ trace }: { trace: Trace }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const store = useTraceStore();
  const container = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const renderer = useRenderer(svg, createTraceRenderer, store);
  const width = useWidth(container);
  const layout = useMemo(() => layoutTrace(trace, width), [trace, width]);
  const cursor = useTrace((s) => s.cursor);
  const selected = useTrace((s) => s.selected);
  const finished = useTrace((s) => s.status === 'finished');
  const systemReduces = useReducedMotion();
  const linkReduces = useJourney((s) => s.motion === 'reduce');
  const reduced = systemReduces || linkReduces;
  const { select, jumpTo } = useTrace((s) => s.actions);

  useLayoutEffect(() => {
    renderer.current?.update({
      layout,
      cursor,
      selected,
      finished,
      reducedMotion: reduced,
      // Words (not host names) are right-to-left isolates in Arabic, as in the journey's picture.
      hostLabel: (n) => (n.host && !n.folded ? hostName(n, t, lang) : pictureText(hostName(n, t, lang), lang)),
      refusedLabel: (code) => t('graph.refusedCode', { code }),
      roleLabel: (n) =>
        pictureText(
          // The warning first, so a short box cuts the role rather than the warning.
          n.upstream
            ? `${t(why('traceWhy.table.upstream'))} · ${t(`trace.roleShort.${n.role}`)}`
            : t(`trace.roleShort.${n.role}`),
          lang,
        ),
      zoneLabel: (z) =>
        z.group
          ? showControls(z.group)
          : pictureText(t(z.key === '0' ? 'trace.zone.origin' : 'trace.zone.unknown'), lang),
      onSelect: (hop) => {
        select(hop);
        jumpTo(hop);
      },
    });
    renderer.current?.setProgress(store.getState().progress);
  }, [layout, cursor, selected, finished, reduced, t, lang, select, jumpTo, store, renderer]);

  return (
    <div className="ej-card ejt-graph" ref={container}>
      <svg ref={svg} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-route`}>
        <title id={`${id}-title`}>{t('trace.graph.label', { count: trace.hops.length })}</title>
      </svg>
      {layout.folded > 0 && (
        <p className="ejt-hidden-hops">{t('trace.graph.folded', { count: decimal(layout.folded, lang) })}</p>
      )}
      <ol id={`${id}-route`} className="ej-visually-hidden">
        {layout.nodes.map((n) => (
          <li key={n.index}>
            {`${hostName(n, t, lang)} (${n.group ? showControls(n.group) : t('trace.zone.unknown')}), ${t(`trace.roleShort.${n.role}`)}${n.index === cursor + 1 ? ` ${t('graph.current')}` : ''}`}
          </li>
        ))}
      </ol>
    </div>
  );
}
