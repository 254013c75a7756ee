/** Hands a file to the browser's download, named as the user will find it in Downloads. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * A file name from a workspace or chart name, without the characters file systems refuse (and
 * most other punctuation). Parentheses, points, commas, apostrophes and dashes stay, as names
 * use them: "Klimasekretariat (kopi 2)", "… (semikolon).csv", "Each municipality’s bill",
 * "KKR Midtjylland – møde 12. marts" (its dash went, and left two spaces); a name does not begin
 * with a point (a hidden file).
 */
export const safeFileName = (name: string, extension: string): string =>
  `${
    name
      .normalize('NFC') // "ø" typed as o and a combining stroke (pasted from a Mac) is one letter
      .replace(/[^\p{L}\p{N} _().,'’–—-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[.\s]+/, '')
      .trim() || 'forankring'
  }.${extension}`;
