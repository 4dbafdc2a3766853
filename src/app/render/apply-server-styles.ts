/**
 * The Content-Security-Policy (style-src 'self') makes the browser ignore style attributes in the server's HTML;
 * styles set through the CSSOM are allowed. Before hydrating, each element's style attribute is applied that way,
 * so what React would have set in the browser shows (the charts themselves use classes and need none of this).
 */
export function applyServerStyles(root: Element): void {
  for (const element of root.querySelectorAll<HTMLElement | SVGElement>('[style]'))
    element.style.cssText = element.getAttribute('style') ?? '';
}
