/** /data/sources.csl.json: the bibliography as CSL-JSON. */
import { exportResponse } from '../../site/data-view.ts';
import { CSL_PATH } from '../../lib/exports/files.ts';

export const GET = () => exportResponse(CSL_PATH);
