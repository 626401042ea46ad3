/**
 * A portal page server-rendered with React and hydrated late, as Docusaurus does it: the server
 * sends the HTML with the Stackwise element in it, the async loader may run at once, and React
 * hydrates only once its route chunks have loaded. Rendered to HTML by e2e/embed-portal.spec.ts
 * (react-dom/server) and hydrated in the browser by client.ts, from this same tree.
 *
 * Plain createElement rather than JSX: the spec runner and the bundler then need no JSX setup.
 */
import { createElement as h, useEffect, useState } from 'react';

export interface PortalProps {
  appOrigin: string;
}

export function PortalApp({ appOrigin }: PortalProps) {
  const [clicks, setClicks] = useState(0);
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return h(
    'div',
    { className: 'portal' },
    h('nav', null, h('a', { href: '/' }, 'ACME docs')),
    h(
      'main',
      null,
      h('h1', null, 'Choose a backend stack'),
      h('p', null, 'This page was rendered on the server by React and hydrated late.'),
      // As the Docusaurus recipe writes it in MDX, with a fallback link inside.
      h(
        'div',
        { id: 'stackwise', 'data-stackwise-src': `${appOrigin}/`, 'data-stackwise-theme': 'host' },
        h('a', { href: `${appOrigin}/` }, 'Open Stackwise'),
      ),
      h('p', null, 'The paragraph after the widget.'),
      h('button', { type: 'button', onClick: () => setClicks((n) => n + 1) }, `Clicked ${clicks}`),
    ),
  );
}
