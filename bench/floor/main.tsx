// The benchmark's floor: a page that only uses the libraries the app uses (React, ReactDOM,
// zustand, and the same D3 modules), so "app / floor" measures what our own code adds.
import { easeCubicInOut } from 'd3-ease';
import { interpolateString } from 'd3-interpolate';
import { select } from 'd3-selection';
import 'd3-transition';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

const store = createStore<{ clicks: number; click(): void }>()((set) => ({
  clicks: 0,
  click: () => set((s) => ({ clicks: s.clicks + 1 })),
}));

function Floor() {
  const clicks = useStore(store, (s) => s.clicks);
  return (
    <main>
      <button type="button" onClick={store.getState().click}>
        Clicked {clicks} times
      </button>
      <svg
        width="120"
        height="120"
        ref={(svg) => {
          if (!svg) return;
          select(svg)
            .append('circle')
            .attr('cx', 60)
            .attr('cy', 60)
            .transition()
            .duration(600)
            .ease(easeCubicInOut)
            .attrTween('r', () => interpolateString('0', '50'));
        }}
      />
    </main>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Floor />
    </StrictMode>,
  );
