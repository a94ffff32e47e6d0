// Runs before the page paints (a plain script in <head>, allowed by the Content-Security-Policy
// as 'self'): applies the saved reading settings so the first paint is already in the reader's
// theme. Anything unreadable falls back to the defaults; the app validates the same state again.
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
})();
