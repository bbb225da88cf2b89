import { render } from 'preact';
import glossary from 'virtual:metodelup-glossary';
import searchIndex from 'virtual:metodelup-glossary/search-index';
import { SidePanel } from '@/components/SidePanel';
import { t } from '@/lib/i18n';
import { lookupRequest } from '@/lib/lookup-request';
import { panelQuery } from '@/lib/panel/panel-query';

document.documentElement.lang = t('@@ui_locale').startsWith('da') ? 'da' : 'en';
const root = document.getElementById('app');
// Read the query to restore before the first render, so that the first render shows its results.
void Promise.all([panelQuery.getValue(), lookupRequest.getValue()]).then(([saved, request]) => {
  if (root) render(<SidePanel glossary={glossary} searchIndex={searchIndex} initialQuery={request?.query ?? saved} />, root);
});
