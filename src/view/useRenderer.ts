// The life of a D3 renderer inside a React-owned <svg>: made on mount, destroyed on unmount, and
// fed the playback progress every frame straight from the store, never through React rendering.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { StoreApi } from 'zustand';

export interface Renderer {
  setProgress(progress: number): void;
  destroy(): void;
}

export function useRenderer<R extends Renderer>(
  svg: RefObject<SVGSVGElement | null>,
  create: (element: SVGSVGElement) => R,
  store: StoreApi<{ progress: number }>,
): RefObject<R | null> {
  const renderer = useRef<R | null>(null);
  const make = useRef(create);
  // A layout effect: the renderer exists before the first paint, so its first picture (drawn in
  // the first frame) is never preceded by an empty frame.
  useLayoutEffect(() => {
    if (!svg.current) return;
    const r = make.current(svg.current);
    renderer.current = r;
    return () => {
      r.destroy();
      renderer.current = null;
    };
  }, [svg]);
  useEffect(() => store.subscribe((s) => renderer.current?.setProgress(s.progress)), [store]);
  return renderer;
}
