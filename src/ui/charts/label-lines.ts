/**
 * A bar's label in lines of about `width` characters, broken between words: Chart.js slants a
 * label that is wider than its bar ("Niveau 2 — T11's anbefaling" under five bars), which reads
 * badly on a projector and in the handout; lines of a few words stand upright. A word longer than
 * the width keeps its own line.
 */
export function labelLines(label: string, width = 12): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [label];
}
