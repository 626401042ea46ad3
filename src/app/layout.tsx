import { Link, NavLink, Outlet } from 'react-router';
import { useRef } from 'react';
import { buttonClass } from '../components/button.tsx';
import { textLinkClass } from '../components/text-link.tsx';
import { paths } from '../lib/paths.ts';
import { SITE } from '../content/summary.ts';
import { setSiteName } from '../lib/use-page-title.ts';
import { isEmbedded } from '../features/embed/embed-mode.tsx';
import { ThemeToggle } from './theme-toggle.tsx';

setSiteName(SITE.name);

const navClass = ({ isActive }: { isActive: boolean }) =>
  buttonClass('quiet', isActive ? 'text-fg underline underline-offset-4' : 'text-muted');

const footerLink = textLinkClass('muted');

export function Layout() {
  const main = useRef<HTMLElement>(null);

  // Embedded: the host page is the chrome. No header, footer or skip link, and no minimum height,
  // so the page is exactly as tall as its content and the host's frame can follow it.
  const content = (className: string) => (
    <main
      id="main"
      ref={main}
      tabIndex={-1}
      className={`mx-auto w-full max-w-5xl px-4 outline-none ${className}`}
    >
      <Outlet />
    </main>
  );
  if (isEmbedded()) return content('py-6');

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-accent focus:px-3 focus:py-2 focus:text-accent-fg"
      >
        Skip to content
      </a>
      <header className="border-b border-border">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link to={paths.home.to()} className="flex items-center gap-2 font-semibold text-fg">
            <svg aria-hidden="true" viewBox="0 0 32 32" className="size-6">
              <rect width="32" height="32" rx="7" className="fill-accent" />
              <path
                d="M8 11h16M8 16h16M8 21h10"
                className="stroke-accent-fg"
                strokeWidth="3"
                strokeLinecap="round"
              />
            </svg>
            {SITE.name}
          </Link>
          <div className="flex items-center gap-1">
            <nav aria-label="Main">
              <ul className="flex gap-1">
                <li>
                  <NavLink to={paths.catalog.to()} className={navClass}>
                    Catalog
                  </NavLink>
                </li>
              </ul>
            </nav>
            <ThemeToggle />
          </div>
        </div>
      </header>
      {content('flex-1 py-8')}
      <footer className="border-t border-border">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4 text-sm text-muted">
          <p>{SITE.name} runs entirely in your browser. Nothing you answer leaves this page.</p>
          {(SITE.links.length > 0 || SITE.contact) && (
            <nav aria-label="Footer">
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {SITE.links.map((link) => (
                  <li key={link.url}>
                    <a href={link.url} className={footerLink}>
                      {link.label}
                    </a>
                  </li>
                ))}
                {SITE.contact && (
                  <li>
                    <a href={SITE.contact.url} className={footerLink}>
                      {SITE.contact.label}
                    </a>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </div>
      </footer>
    </div>
  );
}
