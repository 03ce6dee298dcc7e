// Two tabs at the top: the simulated journey, or tracing a real email. The tracer's code loads
// when its tab is first chosen.
import type { Tool } from '../store/journeyStore';
import { useJourney } from './StoreContext';
import { TabList } from './TabList';
import { useT } from './useT';

export const TOOLS: readonly Tool[] = ['journey', 'trace'];

export const panelId = (base: string, tool: Tool) => `${base}-panel-${tool}`;
export const labelledByTab = (base: string, tool: Tool) => `${base}-tab-${tool}`;

export function ToolTabs({ base }: { base: string }) {
  const t = useT();
  const tool = useJourney((s) => s.tool);
  const { setDisplay, pause } = useJourney((s) => s.actions);
  const choose = (next: Tool) => {
    if (next === tool) return;
    pause(); // the journey waits while the learner is in the other tool
    setDisplay({ tool: next });
  };
  return (
    <TabList
      label={t('tool.label')}
      className="ej-tools"
      tabs={TOOLS}
      selected={tool}
      onSelect={choose}
      text={(name) => t(`tool.${name}`)}
      tabId={(name) => labelledByTab(base, name)}
      panelId={(name) => panelId(base, name)}
    />
  );
}
