// The caption's side over the picture: it lies where it hides the least of the journey just told.
import { describe, expect, it } from 'vitest';
import { atStart, underAtEnd, type Box, type NodeParts } from '../../../src/view/lesson/captionPlace';

// A 1000 px wide picture; the side is 360 px wide, at the right (end) or the left (start).
const END: Box = { left: 640, right: 1000, top: 0, bottom: 500 };
const START: Box = { left: 0, right: 360, top: 0, bottom: 500 };
const node = (x: number, y: number, active = false): NodeParts => ({
  active,
  parts: [{ left: x - 30, right: x + 30, top: y - 30, bottom: y + 30 }],
});

describe('where the caption lies over the picture', () => {
  it('stays at the end when nothing told is there', () => {
    expect(atStart(END, START, [node(100, 100), node(300, 100, true)])).toBe(false);
  });

  it('never over the active node when the other side leaves it free', () => {
    expect(atStart(END, START, [node(100, 100), node(200, 100), node(800, 100, true)])).toBe(true);
  });

  it('covers fewer of the told nodes: at the end of a same-domain journey, away from the sender', () => {
    // The journey told: Alice's app, the submission server and the store at the left, the reader below.
    const told = [node(100, 100), node(250, 100), node(300, 300), node(500, 600, true)];
    expect(atStart(END, START, told)).toBe(false);
    // Told nodes at the right: the side goes left, where fewer of them are.
    expect(atStart(END, START, [node(700, 100), node(900, 300), node(200, 100), node(500, 600, true)])).toBe(true);
    const toldRight = [node(700, 100), node(800, 100), node(900, 300), node(100, 300, true)];
    expect(atStart(END, START, toldRight)).toBe(false);
    expect(atStart(END, START, [node(700, 100), node(800, 100), node(200, 600, true)])).toBe(true);
  });

  it('stays at the end on a tie', () => {
    expect(atStart(END, START, [node(100, 100), node(900, 100)])).toBe(false);
  });

  it('at the end, goes under the picture when either side would hide some of the journey told', () => {
    // Same domain: Alice's side at the left, Carol's at the right; every node told.
    expect(underAtEnd(END, START, [node(100, 100), node(250, 100), node(900, 300, true)])).toBe(true);
    // A side that hides nothing told: stay over the picture there.
    expect(underAtEnd(END, START, [node(100, 100), node(500, 600, true)])).toBe(false);
  });
});
