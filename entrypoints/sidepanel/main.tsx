import { render } from 'preact';
import glossary from 'virtual:metodelup-glossary';
import searchIndex from 'virtual:metodelup-glossary/search-index';
import { SidePanel } from '@/components/SidePanel';
import { t } from '@/lib/i18n';

document.documentElement.lang = t('@@ui_locale').startsWith('da') ? 'da' : 'en';
const root = document.getElementById('app');
if (root) render(<SidePanel glossary={glossary} searchIndex={searchIndex} />, root);
