// Claimwatch's app loader: the one script the page names. The server's page is complete without a script, so the
// app's code runs when the reader reaches for the page, not while it loads. Input that comes before the app has taken
// over is recorded here and replayed by the app (src/app/render/replay-early-input.ts). Built by
// scripts/build/load-app-after-paint.ts, which fills in the entry and the chunks it imports.
/* global window, document, location, URLSearchParams, localStorage, matchMedia, Node, Element, HTMLInputElement, HTMLSelectElement, HTMLTextAreaElement, addEventListener, removeEventListener, setTimeout, requestIdleCallback, requestAnimationFrame, PerformanceObserver, PointerEvent */
(function () {
  var entry = '__CLAIMWATCH_ENTRY__';
  var preloads = ['__CLAIMWATCH_PRELOADS__'];
  // What the app and this loader agree on (src/config/before-the-app.ts).
  var agreed = { __CLAIMWATCH_AGREEMENT__: true };
  var html = document.documentElement;
  var root = document.getElementById('root');

  // The reader's theme choice is stored in this browser alone: put it on the page before anything else.
  try {
    var theme = localStorage.getItem(agreed.themeStorageKey);
    var dark = theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
    html.setAttribute('data-theme', dark ? 'dark' : 'light');
  } catch {
    // no storage: the page keeps its default theme
  }

  // The server guesses the screen from the request: a screen narrower than it guessed gets the filters folded, so the
  // charts come first, as the app does once it runs (src/features/claim-filters/filter-panel.tsx).
  try {
    var panel = document.querySelector('details.filter-panel[open]');
    if (panel && !matchMedia(agreed.wideScreenQuery).matches) panel.removeAttribute('open');
  } catch {
    // no media queries: the page keeps the server's guess
  }

  function needsAppAtOnce() {
    if (!root || !document.getElementById(agreed.pageStateId)) return true; // drawn in the browser
    if (html.hasAttribute(agreed.prerenderedElsewhere)) return true; // the demo's page is another view's
    if (/(^#|&)token=/.test(location.hash)) return true; // a sign-in link: the token leaves the address at once
    if (new URLSearchParams(location.search).has(agreed.openClaimParam)) return true; // opens a claim's panel
    // Views that are not read-only until touched (slides, embeds, the editor, the import, the briefing).
    if (agreed.viewsLoadedOnIntent.indexOf(location.pathname) < 0) return true;
    if (root.querySelector('[style]')) return true; // styles only the app can apply under the CSP
    return false;
  }

  // --- Input before the app takes over: recorded in order, replayed once it handles input. Once it has taken over,
  // input to a part of the page it has not hydrated yet (a boundary hydrates in a task of its own, a chart near the
  // viewport) is still recorded, and so is all input while the app is replaying: a box ticked or a field typed into
  // before React holds it would otherwise show a state the app never saw.
  var queue = [];
  var lastPointer = null; // its mark is undefined until aimed (aimLastHover)
  var recording = true;
  var app = null; // once handed over: { isHydrated(node), busy(), recorded() }
  var NATIVE_KEYS = /^(?:Tab|Shift|Control|Alt|Meta|CapsLock|F\d+)$/;

  function inRoot(target) {
    return !!root && target instanceof Node && root.contains(target);
  }
  function isLink(target) {
    var link = target instanceof Element ? target.closest('a[href]') : null;
    return !!link && !link.hasAttribute('download');
  }
  function isTextField(target) {
    if (!(target instanceof Element)) return false;
    if (target.closest('textarea, select, [contenteditable="true"]')) return true;
    return (
      target instanceof HTMLInputElement && !/^(?:checkbox|radio|button|submit|reset|image|file)$/.test(target.type)
    );
  }
  // Elements whose own keys the browser handles (typing, choosing, activating): their activation comes as a click.
  function handlesOwnKeys(target) {
    return (
      !(target instanceof Element) ||
      target === document.body ||
      isTextField(target) ||
      !!target.closest('a[href], button, summary, input, label')
    );
  }
  function pointerOf(event) {
    return {
      clientX: event.clientX,
      clientY: event.clientY,
      screenX: event.screenX,
      screenY: event.screenY,
      button: event.button,
      buttons: event.buttons,
      detail: event.detail,
      ctrlKey: event.ctrlKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
      pointerId: event.pointerId,
      pointerType: event.pointerType,
      isPrimary: event.isPrimary,
    };
  }
  // The mark a press or the pointer is aimed at: the nearest within the charts' hit radius, as the app picks it. The
  // app may draw the chart again before it replays the input (at its measured width, once it hydrates), and then
  // aims the replay at that mark where it is now, not at the point where another mark may be.
  function aimedMark(event) {
    var svg = event.target instanceof Element ? event.target.closest('svg') : null;
    var matrix = svg && svg.getScreenCTM ? svg.getScreenCTM() : null;
    if (!matrix) return null;
    var best = null;
    var bestDistance = agreed.markHitRadius * Math.hypot(matrix.a, matrix.b);
    var marks = svg.querySelectorAll(agreed.chartMarkSelector);
    for (var i = 0; i < marks.length; i++) {
      var centre = marks[i].getScreenCTM();
      var distance = centre ? Math.hypot(centre.e - event.clientX, centre.f - event.clientY) : Infinity;
      if (distance <= bestDistance) {
        best = marks[i];
        bestDistance = distance;
      }
    }
    if (!best) return null;
    var chart = best.closest('[data-chart-id]');
    return {
      element: best,
      chart: chart ? chart.getAttribute('data-chart-id') : null,
      claim: best.getAttribute('data-claim-id'),
      group: best.getAttribute('data-group-id'),
    };
  }
  // Only the last hover is kept, so only it is aimed: once before the next frame is painted, or when the app takes
  // it first, not at every move (each measures every mark of its chart).
  function aimLastHover() {
    if (!lastPointer || lastPointer.mark !== undefined) return;
    var init = lastPointer.init;
    lastPointer.mark = aimedMark({ target: lastPointer.target, clientX: init.clientX, clientY: init.clientY });
  }
  function hold(event) {
    event.stopImmediatePropagation();
  }

  // The app's replays (src/app/render/replay-early-input.ts marks them) are not recorded again.
  function recordable(event) {
    if (!recording || event.claimwatchReplay || !inRoot(event.target)) return false;
    return !app || app.busy() || !app.isHydrated(event.target);
  }
  function record(item) {
    queue.push(item);
    if (app) app.recorded();
  }

  function onPointer(event) {
    var hover =
      event.type === 'pointermove' ||
      event.type === 'mousemove' ||
      event.type === 'pointerover' ||
      event.type === 'mouseover';
    // Once the app has taken over, hover reaches the page: React holds it for a part that has not hydrated.
    if ((hover && app) || !recordable(event)) return;
    if (hover) {
      // A mouse's move fires a pointer event, then a mouse event (for pages that predate them) with no pointer type:
      // the pointer event is the one kept, so that the app's replay knows a mouse from a finger (only a mouse hovers).
      if (event.type.indexOf('pointer') === 0 || typeof PointerEvent !== 'function') {
        // A frame is asked for unless one is on its way already for a hover not aimed yet.
        var waiting = lastPointer !== null && lastPointer.mark === undefined;
        lastPointer = { target: event.target, init: pointerOf(event), mark: undefined };
        if (!waiting) requestAnimationFrame(aimLastHover);
      }
      hold(event);
      return;
    }
    // A link navigates as it would with no script: the address it opens is rendered by the server.
    if (isLink(event.target)) return;
    // Text fields take their focus and typing natively; the value they hold is replayed.
    if (isTextField(event.target)) return;
    if (event.type === 'click') event.preventDefault(); // a checkbox, a summary or a button acts once, in the app
    hold(event);
    record({ kind: 'pointer', type: event.type, target: event.target, init: pointerOf(event), mark: aimedMark(event) });
  }

  function onKey(event) {
    if (!recordable(event) || NATIVE_KEYS.test(event.key)) return;
    if (handlesOwnKeys(event.target)) return;
    // A key on a chart or a mark (focusable elements with the app's own keys): arrows would scroll, Enter opens.
    event.preventDefault();
    hold(event);
    record({
      kind: 'key',
      target: event.target,
      init: {
        key: event.key,
        code: event.code,
        repeat: event.repeat,
        ctrlKey: event.ctrlKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
      },
    });
  }

  function onValue(event) {
    if (!recordable(event)) return;
    var target = event.target;
    if (!(
      target instanceof HTMLInputElement ||
      target instanceof HTMLSelectElement ||
      target instanceof HTMLTextAreaElement
    ))
      return;
    if (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio')) return;
    hold(event);
    queue = queue.filter(function (item) {
      return !(item.kind === 'value' && item.target === target);
    });
    record({ kind: 'value', target: target, value: target.value });
  }

  function onFocus(event) {
    if (!app && recordable(event)) hold(event);
  }

  var pointerTypes = [
    'pointerover',
    'pointermove',
    'mouseover',
    'mousemove',
    'pointerdown',
    'mousedown',
    'pointerup',
    'mouseup',
    'click',
  ];
  var listeners = [
    ['keydown', onKey],
    ['input', onValue],
    ['change', onValue],
    ['focusin', onFocus],
    ['focusout', onFocus],
  ].concat(
    pointerTypes.map(function (type) {
      return [type, onPointer];
    }),
  );
  function listen(on) {
    listeners.forEach(function (pair) {
      (on ? addEventListener : removeEventListener)(pair[0], pair[1], true);
    });
  }

  /** Hands over what was recorded so far (the app replays it: src/app/render/replay-early-input.ts). */
  function take() {
    aimLastHover();
    var taken = { input: queue, pointer: lastPointer };
    queue = [];
    lastPointer = null;
    return taken;
  }
  /** Input goes to the page as it is from now on. */
  function stop() {
    if (recording) listen(false);
    recording = false;
    app = null;
  }
  /**
   * The app handles input from now on: only input to a part it has not hydrated, or that comes while it is replaying
   * (`busy`), is still recorded, and `recorded` tells it so.
   */
  function handOver(handler) {
    app = handler;
  }
  window.claimwatchEarlyInput = { take: take, stop: stop, handOver: handOver };

  // --- Loading the app.
  function add(element) {
    element.crossOrigin = 'anonymous';
    document.head.appendChild(element);
  }
  // Fetched after the first paint, so the app's code is in the cache when the reader reaches for the page. A
  // prefetch is only fetched (the browser does not parse it), one request per task: issuing twenty requests at once
  // holds the main thread for tens of milliseconds.
  var fetched = false;
  function fetchEarly() {
    if (fetched) return;
    fetched = true;
    var files = [entry].concat(preloads);
    var next = typeof requestIdleCallback === 'function' ? requestIdleCallback : setTimeout;
    (function fetchOne() {
      if (loaded || files.length === 0) return;
      var link = document.createElement('link');
      link.rel = 'prefetch';
      link.href = files.shift();
      add(link);
      next(fetchOne);
    })();
  }
  var loaded = false;
  function load() {
    if (loaded) return;
    loaded = true;
    intents.forEach(function (type) {
      removeEventListener(type, load, true);
    });
    preloads.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      add(link);
    });
    var script = document.createElement('script');
    script.type = 'module';
    script.src = entry;
    // If the app cannot load, nothing waits for it: input goes to the page as it is.
    script.onerror = stop;
    add(script);
  }

  // After the first contentful paint, or after a frame where paint timing is not observable (or at most two seconds).
  function afterFirstPaint(then) {
    var done = false;
    function once() {
      if (done) return;
      done = true;
      setTimeout(then, 0);
    }
    var observed = false;
    try {
      if (PerformanceObserver.supportedEntryTypes.indexOf('paint') >= 0) {
        new PerformanceObserver(function (list, observer) {
          if (list.getEntriesByName('first-contentful-paint').length) {
            observer.disconnect();
            once();
          }
        }).observe({ type: 'paint', buffered: true });
        observed = true;
      }
    } catch {
      observed = false;
    }
    if (!observed && typeof requestAnimationFrame === 'function') requestAnimationFrame(once);
    setTimeout(once, 2000);
  }

  // What counts as reaching for the page: a pointer over it, a touch, a key, focus, a wheel, a field's value. Listened
  // to before the recording starts, which holds some of these events back from the page.
  var intents = [
    'pointerover',
    'pointermove',
    'pointerdown',
    'touchstart',
    'keydown',
    'focusin',
    'wheel',
    'input',
    'change',
  ];
  if (needsAppAtOnce()) afterFirstPaint(load);
  else {
    intents.forEach(function (type) {
      addEventListener(type, load, { capture: true, passive: true });
    });
    afterFirstPaint(fetchEarly);
  }
  listen(true);
})();
