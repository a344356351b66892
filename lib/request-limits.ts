/** Largest server action (form) body: next.config.ts gives it to Next, proxy.ts answers 413 above it. */
export const MAX_ACTION_BODY_BYTES = 64 * 1024;
