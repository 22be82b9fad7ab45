// Map of China on /compare: provinces (or cities) coloured by the chosen measure
// (data from #page-data: per region code, how many policies, targets, capped measures).
// The shapes come from /assets/map/ (echarts 4.9.0's, Apache-2.0); their feature ids are the
// GB/T 2260 codes of our region IRIs, so shapes and numbers are joined by code, not by name.
// A click on a region adds it to the comparison.
(function () {
  'use strict';
  var el = document.getElementById('map');
  var dataEl = document.getElementById('page-data');
  var measureEl = document.getElementById('map-measure');
  var levelEl = document.getElementById('map-level');
  if (!el || !dataEl || !measureEl || !levelEl || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(dataEl.textContent);
  var chart = echarts.init(el);
  var loaded = {};
  var shapeNames = {};
  var shapes = {}; // level → { code: true } for the shapes of that map

  function load(level, done) {
    if (loaded[level]) { done(); return; }
    fetch('/assets/map/' + (level === 'city' ? 'china-cities' : 'china') + '.json')
      .then(function (r) {
        if (!r.ok) { throw new Error('map shapes: HTTP ' + r.status); }
        return r.json();
      })
      .then(function (geo) {
        // name each shape by its code, keeping the shape's own name for regions the graph lacks
        shapes[level] = {};
        geo.features.forEach(function (f) {
          var code = String(f.id);
          shapes[level][code] = true;
          shapeNames[code] = shapeNames[code] || f.properties.name;
          f.properties.name = code;
        });
        echarts.registerMap(level, geo);
        loaded[level] = true;
        done();
      });
  }

  function measure() {
    var m = data.measures.filter(function (x) { return x.key === measureEl.value; })[0];
    return m || data.measures[0];
  }

  function draw() {
    var level = levelEl.value === 'city' ? 'city' : 'province';
    var m = measure();
    load(level, function () {
      var values = [];
      var max = 0;
      // only the codes this map has a shape for: the country's own count would set the scale
      Object.keys(m.values).filter(function (code) { return shapes[level][code]; }).forEach(function (code) {
        values.push({ name: code, value: m.values[code] });
        max = Math.max(max, m.values[code]);
      });
      chart.setOption({
        title: { text: m.name, left: 'center', top: 0, textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'item', formatter: function (p) {
          var label = data.labels[p.name] || shapeNames[p.name] || p.name;
          return label + '：' + (isNaN(p.value) ? 0 : p.value);
        } },
        visualMap: { type: 'continuous', min: 0, max: Math.max(1, max), left: 10, bottom: 10, calculable: true,
          precision: 0, text: ['多 more', '0'], inRange: { color: ['#deebf7', '#08519c'] } },
        series: [{ type: 'map', map: level, name: m.name, roam: true, data: values, top: 40, bottom: 10,
          itemStyle: { areaColor: '#f2f2f2', borderColor: '#999' },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#fdae6b' } } }]
      }, true);
      el.setAttribute('data-drawn', level + ' ' + m.key);
    });
  }

  chart.on('click', function (p) {
    var code = p.name;
    if (!code || !data.labels[code]) { return; }
    var chosen = new URLSearchParams(window.location.search).getAll('region').filter(function (r) { return r && r !== code; });
    if (chosen.length >= data.maxRegions) { return; }
    chosen.push(code);
    window.location.href = '/compare?' + chosen.map(function (r) { return 'region=' + encodeURIComponent(r); }).join('&')
      + '&measure=' + encodeURIComponent(measureEl.value) + '&level=' + encodeURIComponent(levelEl.value);
  });
  measureEl.addEventListener('change', draw);
  levelEl.addEventListener('change', draw);
  window.addEventListener('resize', function () { chart.resize(); });
  draw();
})();
