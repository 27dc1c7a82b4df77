// The Content-Security-Policy of the app's pages: own files only, no remote loads, no eval, no plugins, no framing.

export interface CspOptions {
  /** The Vite dev server's origin while developing (hot reload needs its socket); absent in a build. */
  devServerOrigin?: string;
}

export function contentSecurityPolicy(opts: CspOptions = {}): string {
  const dev = opts.devServerOrigin;
  const devSocket = dev ? dev.replace(/^http:/, 'ws:') : undefined;
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    // Lit adopts constructed style sheets; some components still set style attributes
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', dev && devSocket ? ["'self'", dev, devSocket] : ["'self'"]],
    ['worker-src', ["'self'", 'blob:']],
    ['media-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['child-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** Headers sent with every file of the app protocol. */
export function appResponseHeaders(mimeType: string, opts: CspOptions = {}): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': contentSecurityPolicy(opts),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}
