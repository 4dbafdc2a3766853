import type { Metric } from './metric-schema';
import type { OembedResponse } from './oembed-schema';

/* Embeds: the /embed view of a chart view, the <iframe> code that frames it, and the oEmbed answer for it. */

/** The embed view's path: the only one the server lets other sites frame. */
export const EMBED_PATH = '/embed';
/** The parameter naming the one chart (chart group) an embed shows; absent: every chart of the view. */
export const EMBED_CHART_PARAM = 'chart';
/** The message type an embed posts to the page framing it, with its height in CSS px. */
export const EMBED_HEIGHT_MESSAGE = 'claimwatch:embed-height';
/** The height an <iframe> starts at, before the embed has said its own. */
export const DEFAULT_EMBED_HEIGHT = 620;
export const DEFAULT_EMBED_WIDTH = 720;
/** Heights an embed may ask for: a hostile or broken page cannot make its frame vanish or take a mile. */
export const MIN_EMBED_HEIGHT = 120;
export const MAX_EMBED_HEIGHT = 8000;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe for an HTML attribute or element body. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/** The address of the embed of a view: the view's parameters (filters, as-of, labels), and the chart if one. */
export function embedUrl(origin: string, viewParams: URLSearchParams, chartId: string | null): string {
  const params = new URLSearchParams(viewParams);
  params.delete(EMBED_CHART_PARAM);
  if (chartId) params.set(EMBED_CHART_PARAM, chartId);
  const search = params.toString();
  return `${origin}${EMBED_PATH}${search ? `?${search}` : ''}`;
}

/** The dashboard's address of the view an embed shows (the same parameters, without the chart). */
export function fullViewUrl(embedSearch: URLSearchParams): string {
  const params = new URLSearchParams(embedSearch);
  params.delete(EMBED_CHART_PARAM);
  const search = params.toString();
  return `/${search ? `?${search}` : ''}`;
}

/**
 * The code to paste into a page: the <iframe>, and a small script that sets its height from the embed's messages
 * (only messages from Claimwatch's origin, only for the frame that sent them).
 */
export function embedCode(options: { src: string; title: string; height?: number }): string {
  const origin = new URL(options.src).origin;
  const height = options.height ?? DEFAULT_EMBED_HEIGHT;
  const frame =
    `<iframe src="${escapeHtml(options.src)}" title="${escapeHtml(options.title)}" width="100%" height="${height}"` +
    ` style="border:0;width:100%;max-width:100%" loading="lazy" data-claimwatch-embed></iframe>`;
  const listener =
    '<script>(function(){window.addEventListener("message",function(e){var d=e.data;' +
    `if(e.origin!==${JSON.stringify(origin).replace(/</g, '\\u003c')}||!d||d.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;` +
    'var h=Number(d.height);if(!isFinite(h))return;' +
    `h=Math.round(Math.min(Math.max(h,${MIN_EMBED_HEIGHT}),${MAX_EMBED_HEIGHT}));` +
    'var f=document.querySelectorAll("iframe[data-claimwatch-embed]");' +
    'for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=h+"px";});})();</script>';
  return `${frame}\n${listener}`;
}

/** The title of an embed: its chart's group label, or the dashboard's subject. */
export function embedTitle(chartId: string | null, metrics: readonly Metric[]): string {
  const group = chartId ? metrics.find((m) => m.chartGroup.id === chartId || m.id === chartId) : undefined;
  return group ? `Claimwatch: ${group.chartGroup.label}` : 'Claimwatch: reported figures';
}

/** Why an oEmbed request cannot be answered: a status and a message the API sends as its error. */
export interface OembedRefusal {
  status: 400 | 404 | 501;
  code: string;
  message: string;
}

const positive = (value: string | null) => {
  const n = value === null ? NaN : Number(value);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : null;
};

/**
 * The oEmbed answer for `?url=` (an embed or a charts view of this origin), sized within `maxwidth` and
 * `maxheight`; only JSON is offered.
 */
export function oembedAnswer(
  query: URLSearchParams,
  origin: string,
  metrics: readonly Metric[],
): OembedResponse | OembedRefusal {
  const format = query.get('format');
  if (format !== null && format !== 'json')
    return { status: 501, code: 'format_not_offered', message: 'Only format=json is offered.' };
  const raw = query.get('url');
  if (!raw) return { status: 400, code: 'bad_request', message: 'The url parameter is required.' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { status: 400, code: 'bad_request', message: 'The url parameter is not an absolute address.' };
  }
  if (url.origin !== origin || (url.pathname !== EMBED_PATH && url.pathname !== '/'))
    return {
      status: 404,
      code: 'not_found',
      message: `Only this Claimwatch's charts view (${origin}/) and its embeds (${origin}${EMBED_PATH}) can be embedded.`,
    };
  const chartId = url.searchParams.get(EMBED_CHART_PARAM);
  const title = embedTitle(chartId, metrics);
  const width = Math.min(positive(query.get('maxwidth')) ?? DEFAULT_EMBED_WIDTH, DEFAULT_EMBED_WIDTH);
  const height = Math.max(
    Math.min(positive(query.get('maxheight')) ?? DEFAULT_EMBED_HEIGHT, DEFAULT_EMBED_HEIGHT),
    MIN_EMBED_HEIGHT,
  );
  const src = embedUrl(origin, url.searchParams, chartId);
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Claimwatch',
    provider_url: `${origin}/`,
    title,
    html: embedCode({ src, title, height }),
    width,
    height,
  };
}
