// Line icons for the graph's node kinds, drawn in a 24×24 box (stroked, not filled).
import type { GraphNode } from '../../model';

export const ICONS: Record<GraphNode['kind'], string> = {
  // a laptop
  client: 'M5 5h14v10H5z M2 18h20 M9 18l1-2h4l1 2',
  // a browser window with its address bar: webmail
  browser: 'M3 4h18v16H3z M3 8h18 M6 6h.01 M9 6h.01 M12 6h6',
  // a stack of three server units with status lights
  server: 'M4 3h16v5H4z M4 10h16v5H4z M4 17h16v4H4z M7 5.5h.01 M7 12.5h.01 M7 19h.01',
  // a globe: the Internet's directory
  dns: 'M12 3a9 9 0 1 0 0.01 0z M3 12h18 M12 3c3.5 3.5 3.5 14.5 0 18 M12 3c-3.5 3.5-3.5 14.5 0 18',
  // a database cylinder: the mailbox store
  store: 'M4 6c0-3 16-3 16 0v12c0 3-16 3-16 0z M4 6c0 3 16 3 16 0 M4 12c0 3 16 3 16 0',
  // a funnel: the spam and virus filter
  filter: 'M3 4h18l-7 8v7l-4 2v-9z',
  // a bandit's eye mask: the spoofer and the man in the middle
  attacker: 'M2 9c4-3 16-3 20 0v2c-1 5-7 6-10 2c-3 4-9 3-10-2z M6.5 11h3 M14.5 11h3',
};

/** The envelope token that travels along the edges. */
export const ENVELOPE = { width: 30, height: 20, flap: 'M-15 -10 L0 2 L15 -10' };
