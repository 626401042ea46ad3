import { applyTheme, saveTheme, type ThemeChoice } from '../lib/theme.ts';

const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** The theme the page shows now: set on <html> by the boot script, main.tsx or this toggle. */
function appliedTheme(): ThemeChoice {
  const theme = document.documentElement.dataset.theme;
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

/**
 * Cycles system → light → dark; the button says the current theme. It renders all three labels
 * and the stylesheet shows the one matching <html data-theme>, so the markup is the same for
 * every visitor: the prerendered page hydrates without a mismatch and never flips its label.
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      onClick={() => {
        const next = NEXT[appliedTheme()];
        applyTheme(next);
        saveTheme(next);
      }}
      className="whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium text-muted hover:bg-surface-2 hover:text-fg"
    >
      {CHOICES.map((choice) => (
        <span key={choice} data-theme-label={choice}>
          <span aria-hidden="true">Theme: {LABEL[choice]}</span>
          <span className="sr-only">{`Theme: ${LABEL[choice]}. Switch to ${LABEL[NEXT[choice]]}`}</span>
        </span>
      ))}
    </button>
  );
}
