import { render } from 'preact';
import glossary, { glossaryDate } from 'virtual:metodelup-glossary';
import searchIndex from 'virtual:metodelup-glossary/search-index';
import { SidePanel } from '@/components/SidePanel';
import { t } from '@/lib/i18n';
import { restoredSearch } from '@/lib/panel/restore-query';
import { createSearchIndex, type GlossarySearch } from '@/lib/search/search-index';

document.documentElement.lang = t('@@ui_locale').startsWith('da') ? 'da' : 'en';
const root = document.getElementById('app');
let index: GlossarySearch | undefined;
const loadIndex = () => (index ??= createSearchIndex(glossary, searchIndex));
// The search to restore was asked for before this code loaded (public/restore-query.js). The first
// render shows what it found when the panel was last open; the index loads right after it.
void restoredSearch().then(({ query, resultIds }) => {
  if (root) render(<SidePanel glossary={glossary} glossaryDate={glossaryDate} loadIndex={loadIndex} initialQuery={query} initialResults={resultIds} />, root);
});
