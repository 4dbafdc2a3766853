/** A briefing as a URL-safe string (base64url of its JSON), so a link carries the whole deck. */
export function encodeDeck(deck: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(deck));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The JSON inside a deck string, or null when it is not one (to be checked with the briefing schema). */
export function decodeDeck(text: string): unknown {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))) as unknown;
  } catch {
    return null;
  }
}
