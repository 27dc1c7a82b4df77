// Re-exports the humannames gazetteer (~200K given and family names) so TypeScript reads the .d.ts, not 3 MB of JSON.
import names from 'humannames/index.json';
export default names;
