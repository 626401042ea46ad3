import { useState } from 'react';
import { applyTheme, readTheme, saveTheme, type ThemeChoice } from '../lib/theme.ts';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Cycles system → light → dark; the button says the current theme. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<ThemeChoice>(readTheme);
  return (
    <button
      type="button"
      aria-label={`Theme: ${LABEL[theme]}. Switch to ${LABEL[NEXT[theme]]}`}
      onClick={() => {
        const next = NEXT[theme];
        applyTheme(next);
        saveTheme(next);
        setTheme(next);
      }}
      className="whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium text-muted hover:bg-surface-2 hover:text-fg"
    >
      Theme: {LABEL[theme]}
    </button>
  );
}
