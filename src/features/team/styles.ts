/** The team page's text fields (the app has no field primitive yet). */
export const fieldClass =
  'mt-1 block w-full rounded-md border border-border bg-bg px-2 py-1.5 text-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';
