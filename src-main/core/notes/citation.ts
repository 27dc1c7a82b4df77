// Citations live in shared/ (the renderer uses them too); this re-export keeps core imports short.

export * from '../../shared/citation';
