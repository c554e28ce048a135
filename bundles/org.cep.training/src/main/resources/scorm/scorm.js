/* SCORM 1.2 run-time: finds the LMS's API object (window.API in a parent or the opener) and reports to it.
   Without an LMS (the package opened as plain files) every call is a no-op, so the pages still work. */
(function () {
  'use strict';
  function find(win) {
    for (var i = 0; win && i < 10; i++) {
      if (win.API) return win.API;
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  }
  var api = find(window) || (window.opener ? find(window.opener) : null);
  var open = false;
  window.CepScorm = {
    start: function () {
      if (api && !open) open = String(api.LMSInitialize('')) === 'true';
      return open;
    },
    set: function (key, value) {
      if (open) api.LMSSetValue(key, String(value));
    },
    finish: function () {
      if (!open) return;
      api.LMSCommit('');
      api.LMSFinish('');
      open = false;
    }
  };
  window.addEventListener('load', function () {
    if (!window.CepScorm.start()) return;
    if (document.body.getAttribute('data-sco') === 'module') {
      window.CepScorm.set('cmi.core.lesson_status', 'completed');
      window.CepScorm.set('cmi.core.exit', '');
      window.CepScorm.finish();
    }
  });
  window.addEventListener('unload', function () { window.CepScorm.finish(); });
}());
