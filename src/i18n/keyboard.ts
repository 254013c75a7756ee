/**
 * Shortcuts as the keyboard in front of the user names them. An Apple keyboard presses ⌘ where
 * others press Ctrl and ⌥ for Alt, and redoes with ⌘⇧Z; the app takes both (App.tsx), but a
 * tooltip saying "Ctrl+Z" sent a Mac user to the wrong key. Node (the exports' tests) has no
 * navigator before version 21: not a Mac.
 */
const apple = typeof navigator !== 'undefined' && /Macintosh|Mac OS X|iPhone|iPad/.test(navigator.userAgent);

/** A text naming Ctrl+ and Alt+ shortcuts, for this keyboard ("Ctrl+C" → "⌘C" on a Mac). Every text `t` gives passes here. */
export const forKeyboard = (text: string): string => (apple ? text.replace(/Ctrl\+/g, '⌘').replace(/Alt\+/g, '⌥') : text);

/** Undo and redo, shown and as aria-keyshortcuts. */
export const UNDO_KEYS = apple ? { shown: '⌘Z', aria: 'Meta+Z' } : { shown: 'Ctrl+Z', aria: 'Control+Z' };
export const REDO_KEYS = apple ? { shown: '⌘⇧Z', aria: 'Meta+Shift+Z' } : { shown: 'Ctrl+Y', aria: 'Control+Y' };
