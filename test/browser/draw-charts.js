/* global document, window */
// Runs inside the page (test/browser/render.browser.ts): draws each chart source with the
// Mermaid bundle already on the page and reports, per chart, the error or what it drew.
window.drawCharts = async (sources) => {
  const m = window.mermaid;
  m.initialize({ startOnLoad: false, securityLevel: 'strict' });
  const out = [];
  for (let i = 0; i < sources.length; i++) {
    const slot = document.querySelector(`[data-chart="${i}"]`);
    try {
      // parse() throws on a syntax error; render() alone would draw Mermaid's error picture.
      await m.parse(sources[i]);
      const { svg } = await m.render(`chart${i}`, sources[i]);
      slot.innerHTML = svg;
      const el = slot.querySelector('svg');
      // Plotted marks: bars are rects, lines are paths inside the plot group.
      const marks = el ? el.querySelectorAll('g.plot rect, g.plot path').length : 0;
      const bad = el ? [...el.querySelectorAll('g.plot path, g.plot rect')].filter((p) => /NaN|undefined|Infinity/.test(`${p.getAttribute('d')} ${p.getAttribute('height')} ${p.getAttribute('y')}`)).length : 0;
      const box = el ? el.getBoundingClientRect() : { width: 0, height: 0 };
      out.push({ index: i, error: el ? null : 'no <svg>', marks, badPaths: bad, width: box.width, height: box.height });
    } catch (e) {
      out.push({ index: i, error: String((e && e.message) || e), marks: 0, badPaths: 0, width: 0, height: 0 });
    }
  }
  return out;
};
