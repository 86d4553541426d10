/** /data/index.json: counts, every file under /data/ and the content version. */
import { exportResponse } from '../../site/data-view.ts';
import { INDEX_PATH } from '../../lib/exports/files.ts';

export const GET = () => exportResponse(INDEX_PATH);
