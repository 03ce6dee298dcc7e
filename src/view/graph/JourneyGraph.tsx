// The graph panel: React owns the <svg>; the D3 renderer draws and animates inside it.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { NodeId, Plan, Scenario, Text, World } from '../../model';
import { opensCard, selectMode, selectStep } from '../../store/journeyStore';
import { useLaterFailing } from '../LaterContext';
import { useJourney, useJourneyStore } from '../StoreContext';
import { useReducedMotion } from '../useReducedMotion';
import { useLang, useT } from '../useT';
import { pictureText, type Translate } from '../../i18n';
import { orientationFor, type Layout, type Orientation } from './geometry';
import { firstLayout } from './firstLayout';
import { useAskLater, useLater } from '../LaterContext';
import { useRenderer } from '../useRenderer';
import { createRenderer } from './renderer';

/** Follows the container's width so narrow screens get the top-to-bottom layout. */
function useOrientation(ref: React.RefObject<HTMLElement | null>): Orientation | null {
  // Null until measured, before the first paint: a phone starts in the tall layout instead of
  // morphing into it (a 650 ms animation of the whole picture while the page is still loading).
  const [orientation, setOrientation] = useState<Orientation | null>(null);
  useLayoutEffect(() => {
    const width = ref.current?.getBoundingClientRect().width ?? 0;
    setOrientation(width > 0 ? orientationFor(width) : 'wide'); // no geometry (jsdom, hidden): wide
  }, [ref]);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => entry && setOrientation(orientationFor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return orientation;
}

/**
 * A card pressed before the later tier is in: a visible "loading" card where the card will be, which
 * becomes the card as soon as the tier arrives (JourneyGraph asks for it at the press).
 */
function CardLoading({ onClose }: { onClose: () => void }) {
  const t = useT();
  const failing = useLaterFailing();
  return (
    <div className="ej-card-loading" role="status" aria-busy={!failing}>
      <p className="ej-loading">{t(failing ? 'later.failed' : 'later.loading')}</p>
      <button type="button" className="ej-small" onClick={onClose}>
        {t('later.close')}
      </button>
    </div>
  );
}

/** The nodes that open a card (those the model has a card for), with their accessible names. */
function cardNames(
  layout: Layout | null,
  scenario: Scenario | null,
  world: World | null,
  picture: Plan | null,
  changed: ReadonlyMap<NodeId, string>,
  t: Translate,
): ReadonlyMap<NodeId, string> {
  const names = new Map<NodeId, string>();
  for (const { node } of layout?.nodes ?? []) {
    if (!opensCard({ scenario, world, picture }, node.id)) continue;
    // The name starts with the words drawn in the node (WCAG's label in name); what it does is its description.
    const note = changed.has(node.id) ? ` (${t('card.changed')})` : '';
    names.set(node.id, `${t(node.title)} ${node.host}${note}`);
  }
  return names;
}

/** The node whose card an event (a click on it, Enter or Space on its button) asks to open, if any. */
function cardNodeOf(target: EventTarget | null): NodeId | null {
  const node = target instanceof Element ? target.closest('[data-node][data-card="true"]') : null;
  return (node?.getAttribute('data-node') as NodeId | null) ?? null;
}

const UNCHANGED: ReadonlyMap<NodeId, string> = new Map();

function useLast<T>(value: T | null): T | null {
  const last = useRef(value);
  if (value) last.current = value;
  return last.current;
}

export function JourneyGraph() {
  const t = useT();
  const store = useJourneyStore();
  const id = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const overlayRef = useRef<HTMLDivElement>(null);
  const renderer = useRenderer(svgRef, (svg) => createRenderer(svg, overlayRef.current!), store);
  const later = useLater();
  const askLater = useAskLater();
  // The first picture (store/whenEngine.ts) until the plan is in.
  const plan = useJourney((s) => s.plan ?? s.picture);
  const shown = useLast(plan);
  const picture = useJourney((s) => s.picture);
  const mode = useJourney(selectMode);
  const cursor = useJourney((s) => s.cursor);
  const status = useJourney((s) => s.status);
  const step = useJourney(selectStep);
  const systemReduces = useReducedMotion();
  const linkReduces = useJourney((s) => s.motion === 'reduce');
  const reducedMotion = systemReduces || linkReduces;
  const showPorts = useJourney((s) => s.depth === 'expert');
  const lang = useLang();
  // The same functions until the language or its catalogue changes: the renderer translates every label again only then.
  const label = useMemo(() => (text: Text) => pictureText(t(text), lang), [t, lang]);
  const say = useMemo(() => (key: string) => pictureText(t({ key }), lang), [t, lang]);
  const orientation = useOrientation(containerRef);
  // The first picture is laid out at build time (firstLayout.ts); any other plan comes with the
  // later tier's layout.ts, and meanwhile the last layout drawn stays.
  const ahead = shown !== null && shown === picture && mode === 'cross-domain';
  const layoutGraph = later?.layoutGraph ?? null;
  const fresh = useMemo(() => {
    if (!shown || !orientation) return null;
    if (ahead) return firstLayout(shown, orientation);
    return layoutGraph ? layoutGraph(shown, mode, orientation) : null;
  }, [shown, mode, orientation, layoutGraph, ahead]);
  const layout = useLast(fresh);
  const scenario = useJourney((s) => s.scenario);
  const world = useJourney((s) => s.world);
  const edits = useJourney((s) => s.edits);
  // Edits are made with the engine's cards or read from a link, so how they change the picture comes with the tier too.
  const changedNodes = later?.changedNodes ?? null;
  // The picture marks the world the journey on screen travels through: an edit made while it runs
  // waits for the next Send (WorldChanges says so), so its node is not drawn as changed mid-way.
  const editsPending = useJourney((s) => s.editsPending);
  const [drawnEdits, setDrawnEdits] = useState(edits);
  if (!editsPending && drawnEdits !== edits) setDrawnEdits(edits);
  const changed = useMemo(
    () => (changedNodes ? changedNodes(drawnEdits, layout?.nodes.map((n) => n.node) ?? []) : UNCHANGED),
    [changedNodes, drawnEdits, layout],
  );
  const cards = useMemo(
    () => cardNames(layout, scenario, world, picture, changed, t),
    [layout, scenario, world, picture, changed, t],
  );
  const [openCard, setOpenCard] = useState<NodeId | null>(null);
  const visited = useMemo(
    () => new Set<NodeId>(shown?.steps.slice(0, cursor + 1).flatMap((s) => [s.from, s.to]) ?? []),
    [shown, cursor],
  );

  useLayoutEffect(() => {
    if (!fresh) return;
    renderer.current?.update({
      layout: fresh,
      parts: later?.picture ?? null,
      steps: shown?.steps ?? [],
      recipients: shown?.recipients ?? [],
      cursor,
      step,
      visited,
      finished: status === 'finished',
      settled: status === 'paused',
      cards,
      cardHint: `${id}-card-hint`,
      changed,
      reducedMotion,
      showPorts,
      label,
      say,
    });
    renderer.current?.setProgress(store.getState().progress);
  }, [
    fresh,
    later,
    shown,
    cursor,
    step,
    visited,
    status,
    cards,
    changed,
    id,
    reducedMotion,
    showPorts,
    label,
    say,
    store,
    renderer,
  ]);

  /** A card asked for: opens at once when the tier is in; else it shows loading and the tier is asked for. */
  const open = (node: NodeId) => {
    setOpenCard(node);
    if (!later) askLater();
  };

  const now = step ? shown?.nodes.find((n) => n.id === step.to) : undefined;
  const history = shown && cursor >= 0 && later ? later.pictureInWords(shown, cursor, t) : [];
  return (
    <div
      className="ej-card ej-graph"
      ref={containerRef}
      data-orientation={orientation ?? 'wide'}
      data-stale={plan ? undefined : 'true'}
    >
      <svg
        ref={svgRef}
        role="group"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-route`}
        preserveAspectRatio="xMidYMid meet"
        onClick={(e) => {
          const node = cardNodeOf(e.target);
          if (node) open(node);
        }}
        onKeyDown={(e) => {
          const node = e.key === 'Enter' || e.key === ' ' ? cardNodeOf(e.target) : null;
          if (!node) return;
          e.preventDefault();
          open(node);
        }}
      >
        <title id={`${id}-title`}>
          {`${t('graph.label')}.${now ? ` ${t('graph.now', { node: t(now.title) })}` : ''}`}
        </title>
      </svg>
      <div className="ej-overlay" ref={overlayRef} aria-hidden="true" />
      {openCard &&
        (later ? (
          <later.NodeCard node={openCard} onClose={() => setOpenCard(null)} />
        ) : (
          <CardLoading onClose={() => setOpenCard(null)} />
        ))}
      <p id={`${id}-card-hint`} className="ej-visually-hidden">
        {t('cards.hint')}
      </p>
      {/* The text alternative: every hop in order, the current one marked. */}
      <div id={`${id}-route`} className="ej-visually-hidden">
        <p>{t('graph.routeHeading')}</p>
        <ol>
          {layout?.nodes.map(({ node: n }) => (
            <li key={n.id}>{`${t(n.title)}, ${n.host}${n.id === now?.id ? ` ${t('graph.current')}` : ''}`}</li>
          ))}
        </ol>
        {history.length > 0 && (
          <>
            <p>{t('graph.historyHeading')}</p>
            <ol>
              {history.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
