// Saved-query chart: a bar per category, or a timeline (line) over the category axis,
// one series per value of the chart's series variable (data from #page-data).
// Axes start at zero, labels are never clipped (containLabel), large values read as 万/亿,
// and when the series are units (元, %, FLOPS) or cap periods (per year, per project) each
// gets its own panel and axis, so unlike things are never compared.
(function () {
  'use strict';
  var el = document.getElementById('chart');
  var dataEl = document.getElementById('page-data');
  if (!el || !dataEl || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(dataEl.textContent);
  if (!data.rows.length) { el.style.display = 'none'; return; }
  var categories = [];
  var seriesNames = [];
  var integers = true;
  data.rows.forEach(function (r) {
    if (categories.indexOf(r.category) < 0) { categories.push(r.category); }
    var s = r.series === null ? data.valueName : r.series;
    if (seriesNames.indexOf(s) < 0) { seriesNames.push(s); }
    if (Math.round(r.value) !== r.value) { integers = false; }
  });
  if (data.kind === 'timeline') { categories.sort(); }

  // 26000 → 2.6万, 350000000 → 3.5亿: the scale words a Chinese reader uses, whatever the unit.
  function readable(v) {
    var a = Math.abs(v);
    if (a >= 1e12) { return +(v / 1e12).toPrecision(4) + '万亿'; }
    if (a >= 1e8) { return +(v / 1e8).toPrecision(4) + '亿'; }
    if (a >= 1e4) { return +(v / 1e4).toPrecision(4) + '万'; }
    return String(+v.toPrecision(6));
  }

  function values(name) {
    var out = categories.map(function () { return null; });
    data.rows.forEach(function (r) {
      var s = r.series === null ? data.valueName : r.series;
      if (s === name) {
        var i = categories.indexOf(r.category);
        out[i] = out[i] === null ? r.value : Math.max(out[i], r.value);
      }
    });
    return out;
  }

  var groups = data.seriesApart ? seriesNames.map(function (n) { return [n]; }) : [seriesNames];
  var per = 360;
  el.style.height = (groups.length * per) + 'px';
  var option = { tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? '—' : readable(v); } },
    legend: { top: 0, type: 'scroll' }, grid: [], xAxis: [], yAxis: [], series: [] };
  groups.forEach(function (names, g) {
    option.grid.push({ left: 20, right: 20, top: g * per + 50, height: per - 110, containLabel: true });
    option.xAxis.push({ gridIndex: g, type: 'category', data: categories,
      axisLabel: { rotate: categories.length > 6 ? 30 : 0, hideOverlap: true } });
    option.yAxis.push({ gridIndex: g, type: 'value', min: 0, minInterval: integers ? 1 : null,
      name: data.seriesApart ? data.valueName + '（' + names[0] + '）' : data.valueName,
      axisLabel: { formatter: readable } });
    names.forEach(function (name) {
      option.series.push(data.kind === 'timeline'
        ? { name: name, type: 'line', connectNulls: true, symbolSize: 8, xAxisIndex: g, yAxisIndex: g, data: values(name) }
        : { name: name, type: 'bar', xAxisIndex: g, yAxisIndex: g, data: values(name) });
    });
  });
  var chart = echarts.init(el);
  chart.setOption(option);
  window.addEventListener('resize', function () { chart.resize(); });
})();
