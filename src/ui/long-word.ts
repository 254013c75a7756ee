/**
 * A name's longest word, in letters, where it is longer than 10: a scenario's heading steps its
 * type down by it until the word fits its column (styles.css), which such a word does not in a
 * narrow one ("Klimaalliance" broke beside the grid's ⋯ with 14 scenarios at 1366 px, and as
 * "Klimaallianc|e" on the printed handout). A hyphen may end a line: "BRN-bestyrelsen" is two words.
 */
export const longWord = (name: string): number | null => {
  const longest = Math.max(0, ...name.split(/[\s/-]+/).map((w) => [...w].length));
  return longest > 10 ? longest : null;
};
