import { render } from 'preact';
import glossary from 'virtual:metodelup-glossary';
import searchIndex from 'virtual:metodelup-glossary/search-index';
import { SidePanel } from '@/components/SidePanel';
import { t } from '@/lib/i18n';
import { restoredQuery } from '@/lib/panel/restore-query';
import { createSearchIndex } from '@/lib/search/search-index';

document.documentElement.lang = t('@@ui_locale').startsWith('da') ? 'da' : 'en';
const root = document.getElementById('app');
// The query to restore was asked for before this code loaded (public/restore-query.js); the index
// loads while the browser answers, so that the two waits overlap and the first render shows results.
const query = restoredQuery();
const index = createSearchIndex(glossary, searchIndex);
void query.then((initialQuery) => {
  if (root) render(<SidePanel glossary={glossary} index={index} initialQuery={initialQuery} />, root);
});
