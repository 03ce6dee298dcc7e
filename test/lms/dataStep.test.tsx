// The contract's data-step, which a resumed lesson reopens at: 0 before Send, then the current step, 1-based.
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../view/render';

describe('data-step', () => {
  it('is 0 before Send, follows the step (1-based) while stepping and jumping, and is 0 again after Reset', () => {
    const { store, container } = renderApp({ speed: 20 });
    const step = () => container.querySelector('.ej')?.getAttribute('data-step');
    expect(step()).toBe('0');
    act(() => store.getState().actions.send());
    expect(step()).toBe('1');
    act(() => store.getState().actions.jumpTo(5));
    expect(step()).toBe('6');
    act(() => store.getState().actions.stepBack());
    expect(step()).toBe('5');
    act(() => store.getState().actions.reset());
    expect(step()).toBe('0');
  });
});
