import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/button.tsx';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * Copies a text. Where the clipboard is refused or missing, it shows the text in a selected
 * read-only field and says which keys copy it.
 */
export function CopyButton({
  label,
  text,
  copied,
  fieldLabel,
}: {
  label: string;
  text: string;
  /** Said once copied. */
  copied: string;
  /** The fallback field's label. */
  fieldLabel: string;
}) {
  const [message, setMessage] = useState({ text: '', ok: false });
  const [fallback, setFallback] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (fallback === null) return;
    field.current?.focus();
    field.current?.select();
  }, [fallback, attempt]);

  const showFallback = () => {
    setFallback(text);
    setAttempt((n) => n + 1);
    setMessage({
      text: `Your browser did not let the page copy. The text is selected below: press ${isMac() ? '⌘ Cmd' : 'Ctrl'}+C to copy it.`,
      ok: false,
    });
  };

  const copy = async () => {
    setMessage({ text: '', ok: false });
    if (!navigator.clipboard?.writeText) return showFallback();
    try {
      await navigator.clipboard.writeText(text);
      setFallback(null);
      setMessage({ text: copied, ok: true });
    } catch {
      showFallback();
    }
  };

  return (
    <div className="flex flex-col gap-1">
      <Button onClick={() => void copy()}>{label}</Button>
      {fallback !== null && (
        <label className="block text-sm font-medium">
          {fieldLabel}
          <textarea
            ref={field}
            readOnly
            rows={3}
            value={fallback}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 block w-full rounded-md border border-border bg-bg px-2 py-1.5 font-mono text-sm text-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
          />
        </label>
      )}
      <p role="status" className={`text-sm ${message.ok ? 'font-medium text-ok' : 'text-fg'}`}>
        {message.text}
      </p>
    </div>
  );
}
