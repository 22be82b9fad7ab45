// The SPARQL editor: YASGUI on /kg/sparql with our prefixes and saved queries.
// Autocompleters that call outside services (prefix.cc, LOV) are switched off.
(function () {
  'use strict';
  var dataEl = document.getElementById('page-data');
  var el = document.getElementById('yasgui');
  if (!dataEl || !el || typeof Yasgui === 'undefined') { return; }
  var data = JSON.parse(dataEl.textContent);
  var endpoint = new URL(data.endpoint, window.location.href).href;
  var prefixLines = Object.keys(data.prefixes).map(function (p) {
    return 'PREFIX ' + p + ': <' + data.prefixes[p] + '>';
  }).join('\n');
  Yasgui.Yasqe.defaults.autocompleters = [];
  var yasgui = new Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: null,
    yasqe: {
      autocompleters: [],
      value: prefixLines + '\n\nSELECT ?policy ?title WHERE {\n  ?policy a pol:Policy ; pol:title ?title .\n} ORDER BY ?title\n'
    }
  });
  // Say on the page when the server cut the result at its row cap, not only in a response header
  // (YASGUI reads responses with fetch and keeps no headers, so the rows are counted).
  var warn = document.getElementById('truncated');
  var cap = document.getElementById('row-cap');
  var maxRows = cap ? parseInt(cap.getAttribute('data-max-rows'), 10) : 0;
  yasgui.on('queryResponse', function (instance, tab) {
    window.setTimeout(function () {
      var yasr = tab && tab.getYasr ? tab.getYasr() : null;
      var results = yasr ? yasr.results : null;
      var rows = results && results.getBindings ? (results.getBindings() || []).length : 0;
      var cut = maxRows > 0 && rows >= maxRows;
      if (warn) {
        warn.hidden = !cut;
        warn.textContent = cut ? '结果被截断：只返回前 ' + maxRows + ' 行 · The result was cut at ' + maxRows + ' rows' : '';
      }
    }, 0);
  });
  function open(name) {
    var q = data.queries.filter(function (x) { return x.name === name; })[0];
    if (!q) { return; }
    var tab = yasgui.addTab(true, { name: q.title, requestConfig: { endpoint: endpoint } });
    tab.setQuery(q.sparql);
  }
  var select = document.getElementById('examples');
  if (select) {
    select.addEventListener('change', function () { if (select.value) { open(select.value); } });
  }
  if (data.open) { open(data.open); }
})();
