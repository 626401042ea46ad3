/**
 * The page's entry, kept tiny: it decides how to start (app/boot.ts) and loads the app. For the
 * prerendered start page the app's code is fetched only after the first paint, so nothing
 * competes with the HTML and stylesheet that make that paint.
 */
import { bootView } from './app/boot.ts';
import './styles.css';

const container = document.getElementById('root')!;
const view = bootView(document.documentElement, container, window.location.hash);

/** Let the browser paint and handle input before the next piece of start-up work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start(): Promise<void> {
  try {
    if (view === 'hydrate') {
      // The page is already on screen, so nothing is waiting on the code: load it in pieces,
      // each run in its own task, so none of them blocks a tap for long. React DOM is the
      // biggest; the app's own code, which imports it, comes next.
      await import('react-dom/client');
      await nextTask();
    }
    const { mount } = await import('./app/mount.tsx');
    await nextTask();
    // Asked again: the prerendered links work before the app does, so a person may have left
    // the start page while its code loaded.
    await mount(container, bootView(document.documentElement, container, window.location.hash));
  } catch (error) {
    console.warn('Stackwise could not start:', error);
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.className = 'mx-auto max-w-5xl px-4 py-3 font-medium text-danger';
    alert.textContent =
      'Stackwise could not load. Check your connection and reload the page; your answers are kept.';
    document.body.prepend(alert);
  }
}

/**
 * Run `fn` once the browser reports the first contentful paint: then the prerendered page is on
 * screen and the app's code no longer competes with it. At once in a background tab (which does
 * not paint) or a browser without paint timing; after 3 s at the latest.
 */
function afterFirstPaint(fn: () => void): void {
  if (
    document.visibilityState !== 'visible' ||
    !PerformanceObserver.supportedEntryTypes?.includes('paint')
  )
    return fn();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    fn();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) setTimeout(once, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(once, 3000);
}

if (view === 'hydrate') afterFirstPaint(() => void start());
else void start();
