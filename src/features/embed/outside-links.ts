/**
 * Embedded, a link to another page must not replace Stackwise inside the host's frame: every
 * http(s) link that leaves this document opens in a new tab, without giving the new page a handle
 * on this one. Links rendered later (route changes, content) are handled as they appear.
 */
function leavesDocument(link: HTMLAnchorElement): boolean {
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const here = window.location;
  // In-app links only change the part after the `#`.
  return url.origin !== here.origin || url.pathname !== here.pathname || url.search !== here.search;
}

function mark(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (!leavesDocument(link)) continue;
    if (link.target !== '_blank') link.target = '_blank';
    if (link.rel !== 'noopener noreferrer') link.rel = 'noopener noreferrer';
  }
}

/** Start marking outside links under `root`; returns the function that stops it. */
export function openOutsideLinksInNewTab(root: HTMLElement = document.body): () => void {
  mark(root);
  const observer = new MutationObserver(() => mark(root));
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['href'],
  });
  return () => observer.disconnect();
}
