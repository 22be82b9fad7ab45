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
