import type { ComponentChildren } from 'preact';
import { CATEGORIES } from '@/lib/glossary/categories';
import type { GlossaryEntry } from '@/lib/glossary/schema';
import { SEARCH_HREF } from '@/lib/panel/route';
import { updateSettings, type EffectiveSettings, type SettingKey, type Settings } from '@/lib/settings';
import { t } from '@/lib/i18n';

interface Props {
  settings: EffectiveSettings;
  byId: ReadonlyMap<string, GlossaryEntry>;
}

const set = (patch: Partial<Settings>) => void updateSettings(() => patch);

/** A labelled control; a setting the organisation fixed is shown as such and cannot be changed. */
function Row({ locked, children }: { locked: boolean; children: ComponentChildren }) {
  return (
    <div class={locked ? 'setting setting--locked' : 'setting'}>
      {children}
      {locked && <span class="setting__locked">({t('lockedByOrganisation')})</span>}
    </div>
  );
}

/** The settings view: where, what and how much Metodelup marks, and the privacy guard. */
export function SettingsView({ settings: effective, byId }: Props) {
  const { settings, locked } = effective;
  const isLocked = (key: SettingKey) => locked.has(key);
  const check = (key: 'enabled' | 'hideEveryday' | 'showHistorical' | 'showReferences' | 'badge' | 'privacyGuard', label: string) => (
    <Row locked={isLocked(key)}>
      <label>
        <input type="checkbox" checked={settings[key]} disabled={isLocked(key)} onChange={(event) => set({ [key]: event.currentTarget.checked })} />{' '}
        {label}
      </label>
    </Row>
  );
  const siteList = (key: 'disabledSites' | 'guardAllowedSites', sites: readonly string[]) =>
    sites.length === 0 ? (
      <p class="setting__empty">{t('settingNone')}</p>
    ) : (
      <ul class="setting__list">
        {sites.map((site) => {
          const fixed = key === 'disabledSites' && effective.organisationSites.includes(site);
          return (
            <li key={site}>
              {site}{' '}
              {fixed ? (
                <span class="setting__locked">({t('lockedByOrganisation')})</span>
              ) : (
                <button type="button" class="button button--quiet" disabled={isLocked(key)} onClick={() => void updateSettings((user) => ({ [key]: user[key].filter((other) => other !== site) }))}>
                  {t('removeSite', site)}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    );
  return (
    <section class="settings" aria-labelledby="settings-title">
      <a class="detail__back" href={SEARCH_HREF}>
        {t('backToSearch')}
      </a>
      <h2 id="settings-title" tabIndex={-1} data-view-focus>{t('settingsTitle')}</h2>
      {effective.corrupt && (
        <p class="notice" role="alert">
          {t('settingsCorrupt')}
        </p>
      )}
      {effective.problems.length > 0 && (
        <div class="notice" role="alert">
          <p>{t('policyProblems')}</p>
          <ul>
            {effective.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset>
        <legend>{t('settingsWhere')}</legend>
        {check('enabled', t('settingEnabled'))}
        <h3 class="setting__heading">{t('settingDisabledSites')}</h3>
        {siteList('disabledSites', settings.disabledSites)}
      </fieldset>
      <fieldset>
        <legend>{t('settingsWhat')}</legend>
        <fieldset class="setting__group" disabled={isLocked('hiddenCategories')}>
          <legend>{t('settingCategories')}</legend>
          {CATEGORIES.map((category) => (
            <label key={category} class="setting__option">
              <input
                type="checkbox"
                checked={!settings.hiddenCategories.includes(category)}
                onChange={(event) => {
                  const shown = event.currentTarget.checked;
                  void updateSettings((user) => ({
                    hiddenCategories: shown ? user.hiddenCategories.filter((other) => other !== category) : [...user.hiddenCategories, category],
                  }));
                }}
              />{' '}
              {category}
            </label>
          ))}
        </fieldset>
        {check('hideEveryday', t('settingHideEveryday'))}
        {check('showHistorical', t('settingShowHistorical'))}
        {check('showReferences', t('settingShowReferences'))}
        <h3 class="setting__heading">{t('settingKnown')}</h3>
        {settings.knownEntries.length === 0 ? (
          <p class="setting__empty">{t('settingNone')}</p>
        ) : (
          <ul class="setting__list">
            {settings.knownEntries.map((id) => (
              <li key={id}>
                {byId.get(id)?.term ?? id}{' '}
                <button type="button" class="button button--quiet" disabled={isLocked('knownEntries')} onClick={() => void updateSettings((user) => ({ knownEntries: user.knownEntries.filter((other) => other !== id) }))}>
                  {t('markAgain', byId.get(id)?.term ?? id)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('settingsHowMuch')}</legend>
        <fieldset class="setting__group" disabled={isLocked('occurrences')}>
          <legend>{t('settingOccurrences')}</legend>
          {(['all', 'first'] as const).map((value) => (
            <label key={value} class="setting__option">
              <input type="radio" name="occurrences" checked={settings.occurrences === value} onChange={() => set({ occurrences: value })} />{' '}
              {t(value === 'all' ? 'occurrencesAll' : 'occurrencesFirst')}
            </label>
          ))}
        </fieldset>
        <fieldset class="setting__group" disabled={isLocked('style')}>
          <legend>{t('settingStyle')}</legend>
          {(['background', 'underline'] as const).map((value) => (
            <label key={value} class="setting__option">
              <input type="radio" name="style" checked={settings.style === value} onChange={() => set({ style: value })} />{' '}
              <span class={`setting__sample setting__sample--${value}`}>{t(value === 'background' ? 'styleBackground' : 'styleUnderline')}</span>
            </label>
          ))}
        </fieldset>
        {check('badge', t('settingBadge'))}
      </fieldset>
      <fieldset>
        <legend>{t('settingsPrivacy')}</legend>
        {check('privacyGuard', t('settingPrivacyGuard'))}
        <h3 class="setting__heading">{t('settingGuardAllowed')}</h3>
        {siteList('guardAllowedSites', settings.guardAllowedSites)}
      </fieldset>
    </section>
  );
}
