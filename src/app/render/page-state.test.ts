import { PAGE_STATE_ID, pageStateJson, type PageState } from './page-state';
import { readPageState } from './read-page-state';

const state = (over: Partial<PageState> = {}): PageState => ({
  url: '/',
  plotWidth: 790,
  phone: false,
  queries: { mutations: [], queries: [] },
  ...over,
});

function pageWith(json: string, address = '/'): Document {
  window.history.replaceState(null, '', address);
  document.body.innerHTML = `<div id="root"></div><script type="application/json" id="${PAGE_STATE_ID}"></script>`;
  const script = document.getElementById(PAGE_STATE_ID);
  if (script) script.textContent = json;
  return document;
}

describe('the page state in a script element', () => {
  it('escapes every character that could end the script or the JSON early, and reads back equal', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028\u2029 >';
    const json = pageStateJson(state({ queries: { mutations: [], queries: [{ hostile } as never] } }));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(state({ queries: { mutations: [], queries: [{ hostile } as never] } }));
  });

  it('is read once, for the address it was rendered for', () => {
    const doc = pageWith(pageStateJson(state({ url: '/?state=corroborated' })), '/?state=corroborated');
    expect(readPageState(doc)?.url).toBe('/?state=corroborated');
    expect(doc.getElementById(PAGE_STATE_ID), 'the data does not stay in the DOM').toBeNull();
  });

  it('is ignored at another address (a static host serves one page everywhere): the page renders afresh', () => {
    expect(readPageState(pageWith(pageStateJson(state({ url: '/' })), '/table'))).toBeNull();
  });

  it('is ignored, with a specific error, when it is not JSON or not the schema', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(readPageState(pageWith('{not json', '/'))).toBeNull();
    expect(readPageState(pageWith(JSON.stringify({ url: '/', plotWidth: 'wide' }), '/'))).toBeNull();
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('not JSON'),
      expect.stringContaining('does not match its schema'),
    ]);
    errors.mockRestore();
  });
});
