// The chart's width is measured when the page loads (clientside.MEASURE_WIDTH_JS) so that the
// server fits as many labels as the window holds. When the window is resized, it is measured
// again and the chart redrawn: labels fitted to a wide window overlap in a narrow one. A change
// of a few pixels (a scroll bar coming or going) is not worth a redraw; a drag of the window's
// edge redraws once, a quarter of a second after it stops.
(function () {
  const SETTLE_MS = 250;
  const MIN_CHANGE_PX = 24;
  let timer = null;
  window.addEventListener("resize", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      const graph = document.getElementById("tl-graph");
      const clientside = window.dash_clientside;
      if (!graph || !clientside || typeof clientside.set_props !== "function") {
        return;
      }
      const width = Math.round(graph.getBoundingClientRect().width);
      const last = window.tlMeasuredWidth;
      if (width <= 0 || (last && Math.abs(width - last) < MIN_CHANGE_PX)) {
        return;
      }
      window.tlMeasuredWidth = width;
      clientside.set_props("tl-width", { data: width });
    }, SETTLE_MS);
  });
})();
