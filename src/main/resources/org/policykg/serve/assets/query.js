// Saved-query chart: a bar per category, or a timeline (line) over the category axis,
// one series per value of the chart's series variable (data from #page-data).
(function () {
  'use strict';
  var el = document.getElementById('chart');
  var dataEl = document.getElementById('page-data');
  if (!el || !dataEl || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(dataEl.textContent);
  if (!data.rows.length) { el.style.display = 'none'; return; }
  var categories = [];
  var seriesNames = [];
  data.rows.forEach(function (r) {
    if (categories.indexOf(r.category) < 0) { categories.push(r.category); }
    var s = r.series === null ? data.valueName : r.series;
    if (seriesNames.indexOf(s) < 0) { seriesNames.push(s); }
  });
  if (data.kind === 'timeline') { categories.sort(); }
  var series = seriesNames.map(function (name) {
    var values = categories.map(function () { return null; });
    data.rows.forEach(function (r) {
      var s = r.series === null ? data.valueName : r.series;
      if (s === name) {
        var i = categories.indexOf(r.category);
        values[i] = values[i] === null ? r.value : Math.max(values[i], r.value);
      }
    });
    return data.kind === 'timeline'
      ? { name: name, type: 'line', connectNulls: true, symbolSize: 8, data: values }
      : { name: name, type: 'bar', data: values };
  });
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 80, right: 20, top: 50, bottom: 80 },
    xAxis: { type: 'category', data: categories, axisLabel: { rotate: categories.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: data.valueName, scale: data.kind === 'timeline' },
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
