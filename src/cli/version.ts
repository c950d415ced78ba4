/** The package version; it lives on the ground floor (src/domain/version.ts) so the store need not import the CLI. */
export { VERSION } from '../domain/version.js';
