// Types of the asset imports Vite resolves for the renderer (a bundled file's URL).
declare module '*.svg?url&no-inline' {
  const url: string;
  export default url;
}
