/* In-page helpers for tools/screens/apl-browser.ts: runs inside headless Chromium beside apl-viewhost-web. */
window.engine = AplRenderer.initEngine();
window.events = [];

/** Renders a document with its datasources (each a JSON string) at a viewport; returns runtime errors. */
window.renderApl = async function renderApl(doc, data, viewport) {
  if (window.renderer) window.renderer.destroy();
  window.events = [];
  const runtimeErrors = [];
  const content = AplRenderer.Content.create(doc);
  for (const [name, value] of Object.entries(data)) content.addData(name, value);
  window.renderer = AplRenderer.default.create({
    content,
    view: document.getElementById('apl'),
    viewport: { width: viewport.width, height: viewport.height, dpi: 160, shape: viewport.shape },
    theme: 'dark',
    environment: { agentName: 'baby-massage-tests', agentVersion: '1.0', allowOpenUrl: false, disallowVideo: true },
    utcTime: Date.now(),
    localTimeAdjustment: 0,
    notLoadFonts: true,
    logLevel: 'error',
    onSendEvent: (event) => window.events.push(event.arguments),
    onRunTimeError: (found) => runtimeErrors.push(...found),
  });
  await window.renderer.init();
  await nextFrame();
  await nextFrame();
  return runtimeErrors;
};

/** Every visible text with its box: not under display none, hidden or zero opacity, and with a size. */
window.shownTexts = function shownTexts() {
  const shown = [];
  for (const element of document.querySelectorAll('#apl p')) {
    const text = (element.textContent || '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    let hidden = false;
    for (let node = element; node && node.id !== 'apl'; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) hidden = true;
    }
    const box = element.getBoundingClientRect();
    if (hidden || box.width === 0 || box.height === 0) continue;
    shown.push({ text, left: box.left, top: box.top, right: box.right, bottom: box.bottom });
  }
  return shown;
};

window.nextFrame = function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
};
