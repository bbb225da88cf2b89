// Runs while the side panel's page is still being read, before its code has loaded: asks for the
// query to restore, and what it found, right away, so that the answer is there when the code wants
// it. The keys are those of `panelQuery`, `panelResults` (lib/panel/panel-query.ts) and
// `lookupRequest` (lib/lookup-request.ts); a unit test keeps them the same.
(function () {
  var api = globalThis.browser && globalThis.browser.storage ? globalThis.browser : globalThis.chrome;
  if (api && api.storage && api.storage.session) {
    globalThis.metodelupRestoring = api.storage.session.get(['panel-query', 'lookup-request', 'panel-results']);
  }
})();
