/**
 * A list in one cell: joined with its separator for people, or as a JSON array when an entry
 * holds the separator or could be mistaken for one, so that reading it back gives the same list.
 */
export function joinList(items: string[], separator: string): string {
  const plain = items.join(separator);
  const ambiguous = items.some(
    (item) => item.includes(separator.trim()) || item.trim() !== item || item.startsWith('['),
  );
  return ambiguous ? JSON.stringify(items) : plain;
}

/** The JSON-array form of a list cell (see `joinList`); null when the cell is not one. */
export function jsonList(cell: string): string[] | null {
  if (!cell.startsWith('[')) return null;
  try {
    const parsed: unknown = JSON.parse(cell);
    return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? parsed : null;
  } catch {
    return null;
  }
}
