import { PAGE_STATE_ID, PageStateSchema, type PageState } from './page-state';

/**
 * The state of the page the server rendered, or null: none was sent, it does not parse, or it was rendered for
 * another address (a static host answers every path with the one prerendered page). Null means: render afresh.
 */
export function readPageState(doc: Document = document): PageState | null {
  const element = doc.getElementById(PAGE_STATE_ID);
  const text = element?.textContent;
  // Read once: the data stays in the query cache, not in the DOM.
  element?.remove();
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    console.error('The page state the server sent is not JSON: the page is rendered afresh.');
    return null;
  }
  const parsed = PageStateSchema.safeParse(json);
  if (!parsed.success) {
    console.error('The page state the server sent does not match its schema: the page is rendered afresh.');
    return null;
  }
  const { pathname, search } = doc.defaultView?.location ?? { pathname: '', search: '' };
  return parsed.data.url === `${pathname}${search}` ? parsed.data : null;
}
