import type { Question } from '../../content/types.ts';

/**
 * A question's options as a native radio group (single choice) or checkbox group (multiple), so
 * arrow keys, Space and screen readers work as people expect.
 */
export function OptionList({
  question,
  chosen,
  max,
  onToggle,
  none = false,
  onNone,
}: {
  question: Question;
  chosen: string[];
  max: number;
  onToggle: (optionId: string) => void;
  /** Multiple choice: "None of these" is the answer (an explicit empty answer). */
  none?: boolean;
  /** Multiple choice: tick or untick "None of these". */
  onNone?: () => void;
}) {
  const single = question.kind === 'single';
  const full = !single && chosen.length >= max;
  return (
    <fieldset className="mt-6">
      <legend className="sr-only">{question.title}</legend>
      {!single && question.max !== undefined && (
        <p className="mb-3 text-sm text-muted" id={`${question.id}-max`}>
          Pick up to {question.max}.{full && ' To choose another, untick one first.'}
        </p>
      )}
      <ul className="grid gap-3 sm:grid-cols-2">
        {question.options.map((option, i) => {
          const checked = chosen.includes(option.id);
          const disabled = full && !checked;
          const id = `${question.id}-${option.id}`;
          return (
            <li key={option.id}>
              <label
                htmlFor={id}
                className={`flex h-full cursor-pointer gap-3 rounded-lg border p-4 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent ${
                  checked
                    ? 'border-accent bg-accent-soft'
                    : 'border-border bg-surface hover:border-muted'
                } ${disabled ? 'cursor-not-allowed opacity-70' : ''}`}
              >
                <input
                  id={id}
                  type={single ? 'radio' : 'checkbox'}
                  name={question.id}
                  value={option.id}
                  checked={checked}
                  disabled={disabled}
                  onChange={() => onToggle(option.id)}
                  aria-describedby={`${id}-desc`}
                  className="mt-1 size-4 shrink-0 accent-accent"
                />
                <span>
                  <span className="font-semibold">
                    <span
                      aria-hidden="true"
                      className="mr-2 inline-block min-w-5 rounded bg-surface-2 px-1 text-center text-xs text-muted touch:hidden"
                    >
                      {i + 1}
                    </span>
                    {option.label}
                  </span>
                  <span id={`${id}-desc`} className="mt-1 block text-sm text-muted">
                    {option.description}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
        {!single && onNone && (
          <li>
            <label
              htmlFor={`${question.id}--none`}
              className={`flex h-full cursor-pointer gap-3 rounded-lg border p-4 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent ${
                none
                  ? 'border-accent bg-accent-soft'
                  : 'border-border bg-surface hover:border-muted'
              }`}
            >
              <input
                id={`${question.id}--none`}
                type="checkbox"
                checked={none}
                onChange={onNone}
                aria-describedby={`${question.id}--none-desc`}
                className="mt-1 size-4 shrink-0 accent-accent"
              />
              <span>
                <span className="font-semibold">None of these</span>
                <span id={`${question.id}--none-desc`} className="mt-1 block text-sm text-muted">
                  Nothing above applies to this service.
                </span>
              </span>
            </label>
          </li>
        )}
      </ul>
    </fieldset>
  );
}
