// The one script a page runs in <head> (a file, not inline: the Content-Security-Policy allows
// only 'self' scripts). Two steps:
// 1. Before the first paint: apply the saved reading settings, so the page paints in the reader's
//    theme. Anything unreadable falls back to the defaults; the app validates the same state again.
// 2. On a prerendered page (its text is already in the HTML), start the app only after that
//    paint: the build lists the app's scripts and the page's data on this tag instead of linking
//    them, so on a slow connection they do not compete with the stylesheet and the first paint.
(function () {
  var allowed = {
    theme: ['system', 'light', 'dark', 'sepia'],
    font: ['serif', 'sans'],
    size: ['small', 'medium', 'large', 'x-large'],
    width: ['narrow', 'medium', 'wide'],
  };
  var defaults = { theme: 'system', font: 'serif', size: 'medium', width: 'medium' };
  var saved = {};
  try {
    var raw = window.localStorage.getItem('news-versions:reader');
    var parsed = raw ? JSON.parse(raw) : null;
    if (
      parsed &&
      parsed.state &&
      parsed.state.settings &&
      typeof parsed.state.settings === 'object'
    )
      saved = parsed.state.settings;
    else if (parsed && parsed.state && parsed.state.darkMode === true) saved = { theme: 'dark' };
  } catch {
    saved = {};
  }
  var root = document.documentElement;
  Object.keys(allowed).forEach(function (key) {
    var value = saved[key];
    root.setAttribute('data-' + key, allowed[key].indexOf(value) >= 0 ? value : defaults[key]);
  });

  var tag = document.currentScript;
  var app = tag && tag.getAttribute('data-app');
  if (!app) return; // the plain shell links its scripts itself
  var list = function (name) {
    var value = tag.getAttribute(name);
    return value ? value.split(' ') : [];
  };
  var link = function (rel, href, as) {
    var element = document.createElement('link');
    element.rel = rel;
    if (as) element.as = as;
    element.crossOrigin = 'anonymous';
    element.href = href;
    document.head.appendChild(element);
  };
  var started = false;
  var start = function () {
    if (started) return;
    started = true;
    list('data-modules').forEach(function (href) {
      link('modulepreload', href);
    });
    list('data-fetch').forEach(function (href) {
      link('preload', href, 'fetch');
    });
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.src = app;
    document.head.appendChild(script);
  };
  // After the first paint has been presented (a paint entry is reported only then; a frame
  // callback would run before it). A tab opened in the background paints nothing: it starts when
  // shown, or at once if it cannot tell; a page that somehow never paints, a second after loading.
  if (document.visibilityState === 'hidden' || typeof PerformanceObserver !== 'function') start();
  else {
    try {
      new PerformanceObserver(function (entries, observer) {
        if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        start();
      }).observe({ type: 'paint', buffered: true });
    } catch {
      start();
    }
    window.addEventListener('load', function () {
      setTimeout(start, 1000);
    });
  }
  document.addEventListener('visibilitychange', start);
})();
