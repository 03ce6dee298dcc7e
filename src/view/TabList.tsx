// A row of tabs in the WAI-ARIA tabs pattern: one tab stop, arrows and Home/End move and select.
import { useRef, type KeyboardEvent } from 'react';

export interface TabListProps<T extends string> {
  label: string;
  tabs: readonly T[];
  selected: T;
  onSelect: (tab: T) => void;
  text: (tab: T) => string;
  tabId: (tab: T) => string;
  panelId: (tab: T) => string;
  className: string;
}

export function TabList<T extends string>(props: TabListProps<T>) {
  const { tabs, selected, onSelect } = props;
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: tabs.length - 1 - index };
    const move = moves[e.key];
    if (move === undefined) return;
    e.preventDefault();
    const next = (index + move + tabs.length) % tabs.length;
    onSelect(tabs[next]!);
    buttons.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={props.label} className={props.className}>
      {tabs.map((tab, i) => (
        <button
          key={tab}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          role="tab"
          id={props.tabId(tab)}
          aria-selected={selected === tab}
          aria-controls={props.panelId(tab)}
          tabIndex={selected === tab ? 0 : -1}
          onClick={() => onSelect(tab)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {props.text(tab)}
        </button>
      ))}
    </div>
  );
}
