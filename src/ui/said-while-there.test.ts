import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createSaidWhileThere } from './said-while-there';

describe('a line said about an added item', () => {
  it('stays while the item is on its way and there, ends once it has gone, and a Fortryd does not bring it back', () => {
    const { said, setSaid, setItems, dispose } = createRoot((dispose) => {
      const [items, setItems] = createSignal<string[]>([]);
      const [said, setSaid] = createSignal<string | null>(null);
      createSaidWhileThere(said, (id) => items().includes(id), () => setSaid(null));
      return { said, setSaid, setItems, dispose };
    });
    // Added: the workspace has it only once its figures are in.
    setSaid('a');
    expect(said()).toBe('a');
    setItems(['a']);
    setItems(['a', 'b']);
    expect(said()).toBe('a');
    // Deleted (or its addition undone): the line ends.
    setItems(['b']);
    expect(said()).toBeNull();
    // Fortryd brings the item back, not the line.
    setItems(['a', 'b']);
    expect(said()).toBeNull();
    dispose();
  });
});
