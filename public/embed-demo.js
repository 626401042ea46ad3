// The demo host page's script: what a portal writes to embed Stackwise with callbacks. It runs
// before embed.js has loaded (that script is async), so it queues its work, as analytics
// snippets do; the loader runs the queue once it is ready (docs/embedding.md).
const log = document.getElementById('log');

function write(type, payload) {
  const item = document.createElement('li');
  const name = document.createElement('strong');
  name.textContent = type;
  item.append(name, ` ${JSON.stringify(payload)}`);
  log.prepend(item);
}

window.Stackwise = window.Stackwise || [];
window.Stackwise.push((Stackwise) => {
  const stackwise = Stackwise.embed('#stackwise', {
    // Stackwise lives next to this page; a portal would write its full address.
    src: './',
    theme: 'auto',
    onReady: () => write('ready', {}),
    onResize: (size) => write('resize', size),
    onStep: (step) => write('step', step),
    onResult: (result) => write('result', result),
  });

  document.getElementById('theme').addEventListener('change', (event) => {
    stackwise.setTheme(event.target.value);
  });
});
