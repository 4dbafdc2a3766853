/** Only absolute http(s) addresses become links; anything else (javascript:, data:, relative) is shown as text. */
export function safeHttpUrl(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
