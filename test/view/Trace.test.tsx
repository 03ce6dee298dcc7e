// The tracer as a learner meets it: tabs, a sample, the table and caption, sorting, and bad input.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render';

// The tracer's views arrive as a part of their own; loading it once here (in the hook's time, not
// the first test's) keeps the first test's waits about the page, not about a busy machine's imports.
beforeAll(() => import('../../src/view/trace/TraceMode'));

async function openTracer(sample: 'webmail' | 'greylisted' | null = 'greylisted') {
  const view = renderApp({ tool: 'trace', sample });
  await screen.findByRole('heading', { name: 'Trace a real email' });
  if (sample) await screen.findByRole('table');
  return view;
}

const rowsOf = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('trace a real email', () => {
  it('opens from the tab, and the paste survives switching back and forth', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('tab', { name: 'Trace a real email' }));
    const area = await screen.findByLabelText('Message header (or the whole message)');
    await user.type(area, 'Received: by x');
    await user.click(screen.getByRole('tab', { name: 'Send an email' }));
    expect(screen.getByRole('button', { name: 'Send' })).toBeVisible();
    await user.click(screen.getByRole('tab', { name: 'Trace a real email' }));
    expect(screen.getByLabelText('Message header (or the whole message)')).toHaveValue('Received: by x');
  });

  it('moves between the tabs with the arrow keys', async () => {
    const user = userEvent.setup();
    renderApp();
    screen.getByRole('tab', { name: 'Send an email' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Trace a real email' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Trace a real email' })).toHaveFocus();
  });

  it('lists a sample’s hops oldest first with their delays', async () => {
    await openTracer('greylisted');
    const rows = rowsOf();
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual([
      'host.example.net',
      'host.example.net',
      'mx.example.org',
      'store.example.org',
    ]);
    expect(within(rows[2]!).getByText('6 min')).toBeInTheDocument();
  });

  it('sorts by delay, and choosing a row shows that hop in the caption', async () => {
    const user = userEvent.setup();
    await openTracer('greylisted');
    await user.click(screen.getByRole('button', { name: 'Sort by Delay' }));
    await user.click(screen.getByRole('button', { name: 'Sort by Delay' }));
    expect(screen.getByRole('columnheader', { name: /Delay/ })).toHaveAttribute('aria-sort', 'descending');
    const first = rowsOf()[0]!;
    await user.click(within(first).getByRole('button', { name: 'Show hop 3' }));
    expect(screen.getByRole('heading', { name: 'Hop 3 of 4' })).toBeInTheDocument();
    expect(screen.getByText(/greylisting/)).toBeInTheDocument();
    expect(first).toHaveAttribute('data-selected', 'true');
  });

  it('says what is wrong with input that is not an email header', async () => {
    const user = userEvent.setup();
    await openTracer(null);
    await user.type(screen.getByLabelText('Message header (or the whole message)'), 'just some words');
    await user.click(screen.getByRole('button', { name: 'Trace this email' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No header fields were found');
  });

  it('answers a dropped photo, JSON and an empty paste with a message, and logs no error', async () => {
    const errors = vi.spyOn(console, 'error');
    const user = userEvent.setup();
    const { container } = await openTracer(null);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const photo = new File([png], 'holiday.png', { type: 'image/png' });
    const zone = container.querySelector('.ejt-input')!;
    fireEvent.dragOver(zone, { dataTransfer: { files: [photo] } });
    fireEvent.drop(zone, { dataTransfer: { files: [photo] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('not an email');
    const area = screen.getByLabelText('Message header (or the whole message)');
    fireEvent.change(area, { target: { value: '{"from": "alice"}' } });
    await user.click(screen.getByRole('button', { name: 'Trace this email' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('JSON'));
    await user.clear(area);
    await user.click(screen.getByRole('button', { name: 'Trace this email' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('nothing to read'));
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('reads a file chosen with the file button', async () => {
    const user = userEvent.setup();
    await openTracer(null);
    const file = new File(['{"json": true}'], 'notes.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('Open an .eml file', { selector: 'input' }), file);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('looks like JSON'));
  });
});
