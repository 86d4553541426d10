/** /data/sources.bib: the bibliography as BibTeX. */
import { exportResponse } from '../../site/data-view.ts';
import { BIBTEX_PATH } from '../../lib/exports/files.ts';

export const GET = () => exportResponse(BIBTEX_PATH);
