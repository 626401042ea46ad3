// Listens to the loader's DOM events, as a page without JavaScript API calls would.
const log = { events: [] };
window.stackwiseLog = log;
const element = document.getElementById('stackwise');
for (const type of ['ready', 'resize', 'step', 'result']) {
  element.addEventListener(`stackwise:${type}`, (event) =>
    log.events.push({ type, payload: event.detail }),
  );
}
