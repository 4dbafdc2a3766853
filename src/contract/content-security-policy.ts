/**
 * The Content-Security-Policy of the built dashboard: scripts only from our own origin (no inline
 * script, no eval), no plugins, no framing, no base-URI tricks. Styles are our own stylesheet plus
 * the style properties React sets through the DOM (which CSP does not block). Images may be data:
 * and blob: URLs, which the chart exports draw through. `apiOrigin` is added to connect-src when
 * the API lives on another origin.
 *
 * The build puts it in a <meta> tag (so a static host enforces it too); the project's server also
 * sends it as a header, which is the only way `frame-ancestors` takes effect: no framing, except of the embed view
 * by the sites `frameAncestors` names.
 */
export function contentSecurityPolicy(
  options: { apiOrigin?: string | null; header?: boolean; frameAncestors?: readonly string[] } = {},
): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...(options.apiOrigin ? [options.apiOrigin] : [])],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ...(options.header
      ? ([['frame-ancestors', ...(options.frameAncestors?.length ? options.frameAncestors : ["'none'"])]] as [
          string,
          ...string[],
        ][])
      : []),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** The origin of an absolute API address ("https://api.example.org/api" -> "https://api.example.org"), else null. */
export function apiOriginOf(baseUrl: string | undefined): string | null {
  if (!baseUrl || !/^https?:\/\//i.test(baseUrl)) return null;
  try {
    return new URL(baseUrl).origin;
  } catch {
    return null;
  }
}
