import { render } from 'preact';
import glossary, { glossaryDate } from 'virtual:metodelup-glossary';
import searchIndex from 'virtual:metodelup-glossary/search-index';
import register from 'virtual:metodelup-acts';
import { SidePanel } from '@/components/SidePanel';
import { t } from '@/lib/i18n';
import { NO_EXTRAS, PanelExtrasContext, watchPanelExtras, type PanelExtras } from '@/lib/panel/panel-extras';
import { restoredSearch } from '@/lib/panel/restore-query';
import { combineSearches, createSearchIndex, type GlossarySearch } from '@/lib/search/search-index';

document.documentElement.lang = t('@@ui_locale').startsWith('da') ? 'da' : 'en';
const root = document.getElementById('app');
let index: GlossarySearch | undefined;
const loadBuiltIn = () => (index ??= createSearchIndex(glossary, searchIndex, register.acts));

// The organisation's and the caseworker's own entries join the built-in ones: listed, searched
// (their index is built in slices after the first render) and marked as theirs.
// The built-in ids are known now, from the build: an import in the first second after the browser
// starts, before the policy store has answered, keeps an entry with a built-in id apart all the same.
const builtInIds: ReadonlySet<string> = new Set(glossary.map((entry) => entry.id));
let extras: PanelExtras = { ...NO_EXTRAS, reserved: builtInIds };
let loadIndex = loadBuiltIn;
let restored: Awaited<ReturnType<typeof restoredSearch>> | undefined;

const draw = () => {
  if (!root || !restored) return;
  const all = extras.extras.length > 0 ? [...glossary, ...extras.extras.map(({ entry }) => entry)] : glossary;
  render(
    <PanelExtrasContext.Provider value={extras}>
      <SidePanel glossary={all} glossaryDate={glossaryDate} loadIndex={loadIndex} initialQuery={restored.query} initialResults={restored.resultIds} />
    </PanelExtrasContext.Provider>,
    root,
  );
};

watchPanelExtras(builtInIds, (next) => {
  extras = next;
  const extraSearch = next.search;
  loadIndex = extraSearch ? () => combineSearches(loadBuiltIn(), extraSearch) : loadBuiltIn;
  draw();
}, register.acts);

// The search to restore was asked for before this code loaded (public/restore-query.js). The first
// render shows what it found when the panel was last open; the index loads right after it.
void restoredSearch().then((search) => {
  restored = search;
  draw();
});
