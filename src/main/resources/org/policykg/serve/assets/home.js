// Home page chart: policies per region, one bar segment per year (data from #page-data).
(function () {
  'use strict';
  var el = document.getElementById('chart-regions');
  var dataEl = document.getElementById('page-data');
  if (!el || !dataEl || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(dataEl.textContent);
  if (!data.regions.length) { el.style.display = 'none'; return; }
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 120, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'value', minInterval: 1, name: '政策数 policies' },
    yAxis: { type: 'category', data: data.regions.map(function (r) { return r.name; }) },
    series: data.years.map(function (y, i) {
      return { name: y, type: 'bar', stack: 'year', data: data.regions.map(function (r) { return r.counts[i]; }) };
    })
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
