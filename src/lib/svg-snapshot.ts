const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Presentation properties copied from the computed style. All but opacity are inherited: a child
 * gets one only where it differs from its parent's, so the file stays small and reads the same.
 */
const STYLE_PROPS = [
  'color',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'font-size',
  'font-weight',
  'font-style',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/** Elements that are not drawn where they stand (templates for `use`, clips): their styles come from where they are used. */
const TEMPLATE_PARENTS = 'defs, symbol, clipPath, mask, marker, pattern, linearGradient, radialGradient';

export interface SnapshotOptions {
  /** Elements hidden on screen (CSS display: none) that the copy shows, e.g. footnote numbers. */
  reveal?: string;
}

/**
 * A standalone copy of a rendered SVG: every drawn element gets its computed presentation styles
 * as attributes, CSS variables are resolved, elements hidden by CSS stay hidden (unless revealed),
 * and glyphs a `use` takes from elsewhere in the page are copied in. Classes and data attributes
 * stay (as hooks for readers and tests; nothing styles them); focus and button roles go.
 */
export function snapshotSvg(original: SVGSVGElement, options: SnapshotOptions = {}): SVGSVGElement {
  const clone = original.cloneNode(true) as SVGSVGElement;
  const sources = [original, ...original.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  const rootStyle = getComputedStyle(document.documentElement);
  const computed = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (element: Element) => {
    let style = computed.get(element);
    if (!style) computed.set(element, (style = getComputedStyle(element)));
    return style;
  };
  sources.forEach((source, i) => {
    const target = targets[i];
    if (!target || !(source instanceof SVGElement)) return;
    resolveVariables(target, rootStyle);
    if (source.closest(TEMPLATE_PARENTS)) return;
    const style = styleOf(source);
    const parent = source === original || !source.parentElement ? null : styleOf(source.parentElement);
    for (const property of STYLE_PROPS) {
      const value = style.getPropertyValue(property);
      const inherits = parent !== null && parent.getPropertyValue(property) === value && !target.hasAttribute(property);
      if (value && !inherits) target.setAttribute(property, value);
    }
    const opacity = style.getPropertyValue('opacity');
    if (opacity && opacity !== '1') target.setAttribute('opacity', opacity);
    const revealed = options.reveal !== undefined && source.matches(options.reveal);
    if (style.display === 'none' && !revealed) target.setAttribute('display', 'none');
    if (revealed) target.removeAttribute('display');
    // A style attribute outranks the attributes just written; what it said is in them now.
    target.removeAttribute('style');
    target.removeAttribute('tabindex');
    if (target.getAttribute('role') === 'button') target.removeAttribute('role');
  });
  copyMissingReferences(clone, rootStyle);
  return clone;
}

/** Replaces `var(--x, fallback)` in attributes with the value the page gives --x. */
function resolveVariables(element: Element, rootStyle: CSSStyleDeclaration) {
  for (const attribute of [...element.attributes]) {
    if (!attribute.value.includes('var(')) continue;
    element.setAttribute(
      attribute.name,
      resolveCssVariables(attribute.value, (name) => rootStyle.getPropertyValue(name)),
    );
  }
}

/** `var(--a, #fff)` -> the value of --a, else the fallback; nested and repeated uses too. */
export function resolveCssVariables(value: string, lookup: (name: string) => string): string {
  let result = value;
  for (let i = 0; i < 10 && result.includes('var('); i++) {
    result = result.replace(
      /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g,
      (_, name: string, fallback: string | undefined) => {
        const own = lookup(name).trim();
        return own || (fallback ?? '').trim() || 'currentColor';
      },
    );
  }
  return result;
}

/** Copies into the snapshot every element its `use`s point to that lives outside it (a shared glyph sheet). */
function copyMissingReferences(clone: SVGSVGElement, rootStyle: CSSStyleDeclaration) {
  let defs: SVGDefsElement | null = null;
  const copied = new Set<string>();
  // Three passes: a copied glyph may itself use another.
  for (let pass = 0; pass < 3; pass++) {
    const present = new Set([...clone.querySelectorAll('[id]')].map((element) => element.id));
    for (const use of [...clone.querySelectorAll('use')]) {
      const href = use.getAttribute('href') ?? use.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '';
      const id = href.startsWith('#') ? href.slice(1) : '';
      if (!id || copied.has(id) || present.has(id)) continue;
      const referenced = document.getElementById(id);
      if (!referenced) continue;
      if (!defs) {
        defs = document.createElementNS(SVG_NS, 'defs');
        clone.prepend(defs);
      }
      const copy = referenced.cloneNode(true) as Element;
      for (const element of [copy, ...copy.querySelectorAll('*')]) resolveVariables(element, rootStyle);
      defs.append(copy);
      copied.add(id);
    }
  }
}

/** Characters XML cannot hold (most control characters, lone surrogates) become U+FFFD, so the file always parses. */
export function xmlSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

export function escapeXml(text: string): string {
  return xmlSafe(text).replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

/** Rasterises an SVG document at `scale` times its size (2 for a crisp image on high-density screens). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart image could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
