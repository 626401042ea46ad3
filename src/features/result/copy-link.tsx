import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../components/button.tsx';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * Copies the page's link. Where the clipboard is refused or missing, it shows the link in a
 * selected read-only field and says which keys copy it.
 */
/** `url` is the link to copy; `actions` are more buttons shown beside Copy link. */
export function CopyLink({ url, actions }: { url: string; actions?: ReactNode }) {
  const [message, setMessage] = useState({ text: '', ok: false });
  const [fallback, setFallback] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (fallback === null) return;
    field.current?.focus();
    field.current?.select();
  }, [fallback, attempt]);

  const showFallback = (url: string) => {
    setFallback(url);
    setAttempt((n) => n + 1);
    setMessage({
      text: `Your browser did not let the page copy. The link is selected below: press ${isMac() ? '⌘ Cmd' : 'Ctrl'}+C to copy it.`,
      ok: false,
    });
  };

  const copy = async () => {
    setMessage({ text: '', ok: false });
    if (!navigator.clipboard?.writeText) {
      showFallback(url);
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setFallback(null);
      setMessage({ text: 'Link copied. Anyone who opens it sees this result.', ok: true });
    } catch {
      showFallback(url);
    }
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void copy()}>
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="mr-1.5 inline size-4 fill-none stroke-current align-[-3px]"
            strokeWidth="1.6"
          >
            <rect x="7" y="7" width="10" height="10" rx="2" />
            <path d="M13 4.5V4a1 1 0 0 0-1-1H4a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h.5" />
          </svg>
          Copy link
        </Button>
        {actions}
      </div>
      {fallback !== null && (
        <div className="max-w-2xl">
          <label htmlFor="result-share-url" className="block text-sm font-medium">
            Link to this result
          </label>
          <input
            id="result-share-url"
            ref={field}
            readOnly
            value={fallback}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 w-full rounded-md border border-border bg-bg px-2 py-1.5 font-mono text-sm text-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
          />
        </div>
      )}
      <p role="status" className={`text-sm ${message.ok ? 'font-medium text-ok' : 'text-fg'}`}>
        {message.text}
      </p>
    </div>
  );
}
