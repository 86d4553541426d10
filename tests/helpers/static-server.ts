/** The built-site server, shared with `npm run audit` (src/cli/audit/static-server.ts). */
export { serveStatic, type StaticServer } from '../../src/cli/audit/static-server.ts';
