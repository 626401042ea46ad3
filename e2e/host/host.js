// The host page of e2e/embed.spec.ts: embeds Stackwise with the loader's JavaScript API and
// records what it hears in window.stackwiseLog. Options come from this page's query string.
const params = new URLSearchParams(location.search);
const log = { start: 0, events: [] };
window.stackwiseLog = log;

const record = (type) => (payload) =>
  log.events.push({ type, payload, at: performance.now() - log.start });

const options = {
  src: '{{APP_ORIGIN}}/',
  onReady: record('ready'),
  onResize: record('resize'),
  onStep: record('step'),
  onResult: record('result'),
};
for (const name of ['theme', 'accent', 'sandbox', 'answers']) {
  if (params.has(name)) options[name] = params.get(name);
}

log.start = performance.now();
window.stackwiseHandle = window.Stackwise.embed(document.getElementById('stackwise'), options);

// A widget from a third origin, which will try to talk to both this page and Stackwise.
if (params.has('third')) {
  const third = document.createElement('iframe');
  third.title = 'Another vendor widget';
  third.src = '{{THIRD_ORIGIN}}/third.html';
  document.body.append(third);
}

// For diagnosing slow machines: when the frame's document finished loading.
window.stackwiseHandle.iframe.addEventListener('load', () => {
  log.frameLoadedAt = performance.now() - log.start;
});
