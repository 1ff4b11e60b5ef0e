/**
 * The Content-Security-Policy of each response, built per request by the
 * proxy (src/proxy.ts) because pages carry a fresh script nonce.
 *
 * Pages: scripts run only with the request's nonce. Next.js reads the nonce
 * from this header while rendering and puts it on its own script tags (its
 * bundles and the inline RSC payload); 'strict-dynamic' lets those load the
 * chunks they import. An injected <script> or event-handler attribute has no
 * nonce and does not run. Styles keep 'unsafe-inline': charts and React set
 * `style` attributes, which nonces cannot cover, and style injection cannot
 * run code. Charts are inline SVG, exports use blob: and data: URLs.
 *
 * Everything else (JSON, images, the SVG of an unfurl image) gets a policy
 * that allows nothing, so a response opened directly cannot run anything.
 */
export interface PolicyOptions {
  /** Base64 nonce for this response's scripts; null for non-page responses. */
  nonce: string | null;
  /** Embeds may sit in other sites' frames; nothing else may be framed. */
  framable: boolean;
  /** `next dev`: React's dev build needs eval() and the HMR websocket. */
  development: boolean;
}

export function contentSecurityPolicy({ nonce, framable, development }: PolicyOptions): string {
  const frameAncestors = `frame-ancestors ${framable ? "*" : "'none'"}`;
  if (nonce === null) return ["default-src 'none'", frameAncestors].join("; ");
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    frameAncestors,
  ].join("; ");
}

/** A fresh nonce: 128 random bits, base64 (the CSP grammar's nonce-source). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
