// The host page of e2e/embed-portal.spec.ts: a portal page that embeds Stackwise with one
// element and the async loader. Its query string sets the element's data attributes (and the
// page's own theme), so one page serves every test:
//   page=b         a page of the portal without Stackwise
//   src=<url>      data-stackwise-src (default: the app)
//   theme, timeout, keep-answers, sandbox: the data-stackwise-* attribute of that name
//   html-theme     the portal's own theme switch: <html data-theme>
//   queue=1        use the loader's API through the command queue
// What the element hears is recorded in window.stackwiseLog.
const params = new URLSearchParams(location.search);
const log = { events: [], start: performance.now() };
window.stackwiseLog = log;
const element = document.getElementById('stackwise');

if (params.get('page') === 'b') {
  element.remove();
} else {
  element.setAttribute('data-stackwise-src', params.get('src') || '{{APP_ORIGIN}}/');
  for (const name of ['theme', 'timeout', 'keep-answers', 'sandbox']) {
    if (params.has(name)) element.setAttribute(`data-stackwise-${name}`, params.get(name));
  }
  for (const type of ['ready', 'resize', 'step', 'result', 'save']) {
    element.addEventListener(`stackwise:${type}`, (event) =>
      log.events.push({ type, payload: event.detail, at: performance.now() - log.start }),
    );
  }
}
if (params.has('html-theme')) document.documentElement.dataset.theme = params.get('html-theme');

if (params.get('queue') === '1') {
  // The analytics-snippet pattern: usable before the async loader has arrived.
  window.Stackwise = window.Stackwise || [];
  log.queuedBeforeLoad = Array.isArray(window.Stackwise);
  window.Stackwise.push((api) => {
    const handle = api.get(element);
    log.initialHeight = handle.iframe.style.height;
    // A second embed() on the element the loader manages: the same handle, one frame.
    const again = api.embed(element, {
      onStep: (step) => log.events.push({ type: 'onStep', payload: step }),
    });
    log.queue = {
      sameHandle: again === handle,
      frames: element.shadowRoot.querySelectorAll('iframe').length,
    };
  });
}
