/**
 * The embedding message protocol (PRODUCT.md, "Embedding"): what an embedded Stackwise page and
 * its host (usually through the loader, `embed.js`) say to each other with `postMessage`.
 *
 * Every message is an envelope `{ source: "stackwise", version: 1, type, payload }`.
 * - Page -> host: `ready`, `resize` ({ height }), `step` ({ questionId, index, count }),
 *   `result` ({ answers, stack, shareUrl }), `save` ({ state }), and, added later (hosts that do
 *   not know it ignore it), `team-result` ({ answers, stack, shareUrl }, shaped like `result`).
 * - Host -> page: `theme` ({ theme }).
 *
 * Pure: no DOM, no React. The page (src/features/embed) and the loader (src/embed/loader) bring the
 * windows and decide who may talk; this module says what a valid message is. Everything that
 * arrives is untrusted: the parsers never throw, return `null` for anything but the exact shapes
 * below (unknown types and other protocol versions included), and return fresh copies holding
 * only the known fields, so extra fields from a newer minor revision are dropped, not trusted.
 */
import { ROLES, type Role } from '../content/types.ts';

export const MESSAGE_SOURCE = 'stackwise';
/** The major version. A message with any other version is ignored: it may mean something else. */
export const PROTOCOL_VERSION = 1;

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** Page -> host: the page has mounted and listens. */
export type ReadyPayload = Record<string, never>;
/** Page -> host: the height (CSS pixels) the iframe needs to show everything without scrolling. */
export interface ResizePayload {
  height: number;
}
/** Page -> host: a wizard step is shown. `index` is 0-based; `count` is the visible steps. */
export interface StepPayload {
  questionId: string;
  index: number;
  count: number;
}
/** Page -> host: a result is shown. `stack` is null when no stack fits the answers. */
export interface ResultPayload {
  /** Question id -> option ids, as answered ([] is "none of these"; skipped questions absent). */
  answers: Record<string, string[]>;
  /** Technology id per role of the top stack; roles the stack does not need are absent. */
  stack: Partial<Record<Role, string>> | null;
  /** A link that opens the same result on its own (no embed parameters). */
  shareUrl: string;
}
/**
 * Page -> host: keep this state for me. Sent only when the page may not use its own storage and
 * the host offered to keep it (`?keep=1`); the host hands it back in the next frame's URL
 * (`?saved=`). Opaque to the host: the page's own versioned format, checked again when it comes
 * back. An empty string means "nothing to keep": forget what you kept.
 */
export interface SavePayload {
  state: string;
}
/**
 * Page -> host: a team page (#/team) with at least two members is shown, and after every edit.
 * Shaped like `result`, so one guard checks both (the loader has a 3 KB budget):
 * - `answers`: the answers every member gave alike (the questions the team agrees on);
 * - `stack`: the team stack (the best worst case across members), null when none fits everyone;
 * - `shareUrl`: the team link, which reopens the team page on its own (no embed parameters).
 */
export type TeamResultPayload = ResultPayload;
/** Host -> page: switch the colour theme. */
export interface ThemePayload {
  theme: EmbedTheme;
}

export interface PagePayloads {
  ready: ReadyPayload;
  resize: ResizePayload;
  step: StepPayload;
  result: ResultPayload;
  save: SavePayload;
  'team-result': TeamResultPayload;
}
export interface HostPayloads {
  theme: ThemePayload;
}

type Envelope<M, T extends keyof M> = T extends keyof M
  ? { source: typeof MESSAGE_SOURCE; version: typeof PROTOCOL_VERSION; type: T; payload: M[T] }
  : never;

/** A message the embedded page sends to its host. */
export type PageMessage<T extends keyof PagePayloads = keyof PagePayloads> = Envelope<
  PagePayloads,
  T
>;
/** A message the host sends to the embedded page. */
export type HostMessage<T extends keyof HostPayloads = keyof HostPayloads> = Envelope<
  HostPayloads,
  T
>;

export function pageMessage<T extends keyof PagePayloads>(
  type: T,
  payload: PagePayloads[T],
): PageMessage<T> {
  return { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, type, payload } as PageMessage<T>;
}

export function hostMessage<T extends keyof HostPayloads>(
  type: T,
  payload: HostPayloads[T],
): HostMessage<T> {
  return { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, type, payload } as HostMessage<T>;
}

// ---------------------------------------------------------------------------------------------
// Guards. Hand-written: zod must not reach the browser, and the loader has a 3 KB budget.

// Limits that keep a hostile payload from costing the receiver memory or layout. Plain constants,
// which the minifier shortens, rather than an object's properties, which it cannot.
/** Tallest height a page may ask for, in CSS pixels. */
const MAX_HEIGHT = 100_000;
const MAX_QUESTIONS = 100;
const MAX_OPTIONS = 50;
/** Longest share URL accepted (share links stay under 600, team links under 2,000 characters). */
const MAX_URL = 4000;
/** Longest saved state accepted (a full answer set is about 1,000 characters). */
const MAX_STATE = 4000;
const MAX_ID = 64;

export const LIMITS = {
  height: MAX_HEIGHT,
  questions: MAX_QUESTIONS,
  optionsPerQuestion: MAX_OPTIONS,
  url: MAX_URL,
  state: MAX_STATE,
  id: MAX_ID,
} as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Record_ = Record<string, unknown>;

function isRecord(value: unknown): value is Record_ {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID && ID.test(value);
}

function isIndex(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function ready(payload: unknown): ReadyPayload | null {
  return isRecord(payload) ? {} : null;
}

function resize(payload: unknown): ResizePayload | null {
  if (!isRecord(payload)) return null;
  const { height } = payload;
  if (typeof height !== 'number' || !Number.isFinite(height)) return null;
  if (height < 0 || height > MAX_HEIGHT) return null;
  return { height: Math.ceil(height) };
}

function step(payload: unknown): StepPayload | null {
  if (!isRecord(payload)) return null;
  const { questionId, index, count } = payload;
  if (!isId(questionId) || !isIndex(count, MAX_QUESTIONS) || count < 1) return null;
  if (!isIndex(index, count - 1)) return null;
  return { questionId, index, count };
}

function answersOf(value: unknown): Record<string, string[]> | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > MAX_QUESTIONS) return null;
  const answers: Record<string, string[]> = {};
  for (const [question, options] of entries) {
    // The id pattern also rules out "__proto__", so building a plain object is safe.
    if (!isId(question) || !Array.isArray(options)) return null;
    if (options.length > MAX_OPTIONS || !options.every(isId)) return null;
    answers[question] = [...(options as string[])];
  }
  return answers;
}

function stackOf(value: unknown): Partial<Record<Role, string>> | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const stack: Partial<Record<Role, string>> = {};
  for (const [role, id] of Object.entries(value)) {
    if (!(ROLES as readonly string[]).includes(role) || !isId(id)) return undefined;
    stack[role as Role] = id;
  }
  return stack;
}

/** An absolute http(s) URL without credentials, at most `maxLength` characters, or null. */
function httpUrl(value: unknown, maxLength: number): URL | null {
  if (typeof value !== 'string' || value.length > maxLength) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url;
}

/** An absolute http(s) URL, or null. */
export function parseHttpUrl(value: unknown): string | null {
  return httpUrl(value, MAX_URL)?.href ?? null;
}

function result(payload: unknown): ResultPayload | null {
  if (!isRecord(payload)) return null;
  const answers = answersOf(payload.answers);
  const stack = stackOf(payload.stack);
  const shareUrl = parseHttpUrl(payload.shareUrl);
  if (!answers || stack === undefined || !shareUrl) return null;
  return { answers, stack, shareUrl };
}

function save(payload: unknown): SavePayload | null {
  if (!isRecord(payload)) return null;
  const { state } = payload;
  return typeof state === 'string' && state.length <= MAX_STATE ? { state } : null;
}

function theme(payload: unknown): ThemePayload | null {
  if (!isRecord(payload)) return null;
  const value = payload.theme;
  return (EMBED_THEMES as readonly unknown[]).includes(value)
    ? { theme: value as EmbedTheme }
    : null;
}

const PAGE_GUARDS: { [T in keyof PagePayloads]: (payload: unknown) => PagePayloads[T] | null } = {
  ready,
  resize,
  step,
  result,
  save,
  'team-result': result,
};
const HOST_GUARDS: { [T in keyof HostPayloads]: (payload: unknown) => HostPayloads[T] | null } = {
  theme,
};

function parseWith<M>(
  guards: { [T in keyof M]: (payload: unknown) => M[T] | null },
  data: unknown,
): Envelope<M, keyof M> | null {
  try {
    if (!isRecord(data) || data.source !== MESSAGE_SOURCE) return null;
    if (data.version !== PROTOCOL_VERSION) return null;
    const type = data.type;
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(guards, type))
      return null;
    const guard = guards[type as keyof M];
    const payload = guard(data.payload);
    if (payload === null) return null;
    return {
      source: MESSAGE_SOURCE,
      version: PROTOCOL_VERSION,
      type,
      payload,
    } as unknown as Envelope<M, keyof M>;
  } catch {
    // Only exotic values (a Proxy, a throwing getter) get here; postMessage cannot carry them,
    // but the parser must stay total for any caller.
    return null;
  }
}

/**
 * A valid page -> host message, as a fresh copy with only the known fields; null for anything
 * else (not an object, another source, another protocol version, an unknown type, a payload of
 * the wrong shape). Never throws.
 */
export function parsePageMessage(data: unknown): PageMessage | null {
  return parseWith(PAGE_GUARDS, data) as PageMessage | null;
}

/** A valid host -> page message (see parsePageMessage); null otherwise. Never throws. */
export function parseHostMessage(data: unknown): HostMessage | null {
  return parseWith(HOST_GUARDS, data) as HostMessage | null;
}

// ---------------------------------------------------------------------------------------------
// Who may talk.

/**
 * The origin of an http(s) URL that names only an origin (`https://docs.example.com`, optionally
 * with a trailing `/`); null for anything else: other schemes, paths, queries, credentials,
 * `null`, `*`. This is the `?parentOrigin=` check: messages with results go nowhere else.
 */
export function parseOrigin(value: unknown): string | null {
  const url = httpUrl(value, 2048);
  if (!url || url.pathname !== '/' || url.search || url.hash || /[?#]/.test(String(value)))
    return null;
  return url.origin;
}

/**
 * Whether a message event comes from the window we talk to, at an origin we expect. Both must
 * hold: the origin alone can be spoofed by another frame of that origin, and the source alone
 * says nothing once that window navigates elsewhere.
 */
export function isFromExpected(
  event: { origin: string; source: unknown },
  expected: { source: unknown; origins: readonly string[] },
): boolean {
  return (
    event.source !== null &&
    event.source !== undefined &&
    event.source === expected.source &&
    expected.origins.includes(event.origin)
  );
}
