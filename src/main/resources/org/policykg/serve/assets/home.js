// Home page chart: policies per region, one bar segment per year (data from #page-data).
// A click on a segment opens that region's policies of that year (/browse/policies).
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
    grid: { left: 20, right: 20, top: 40, bottom: 30, containLabel: true },
    xAxis: { type: 'value', min: 0, minInterval: 1, name: '政策数 policies' },
    yAxis: { type: 'category', data: data.regions.map(function (r) { return r.name; }) },
    series: data.years.map(function (y, i) {
      return { name: y.name, type: 'bar', stack: 'year', data: data.regions.map(function (r) { return r.counts[i]; }) };
    })
  });
  chart.on('click', function (p) {
    var r = data.regions[p.dataIndex];
    var y = data.years[p.seriesIndex];
    if (r && y) {
      window.location.href = '/browse/policies?region=' + encodeURIComponent(r.token) + '&year=' + encodeURIComponent(y.token);
    }
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
