/** Bytes the CSV reader looks at. */
export const [LF, CR, QUOTE, COMMA, HASH] = [0x0a, 0x0d, 0x22, 0x2c, 0x23];

/** Byte offset where each line starts; CRLF, LF and a lone CR each end one line. */
export function lineStarts(buf: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < buf.length; i += 1) {
    if (buf[i] === CR && buf[i + 1] === LF) i += 1;
    if (buf[i] === LF || buf[i] === CR) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line of a byte offset. */
export function lineAt(starts: number[], offset: number): number {
  let [low, high] = [0, starts.length - 1];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

export const skipLineBreaks = (buf: Buffer, offset: number) => {
  let i = offset;
  while (buf[i] === LF || buf[i] === CR) i += 1;
  return i;
};
