import { sendToFrames } from '@/lib/messages';
import type { PageTermsState } from '@/lib/panel/use-page-terms';
import { normaliseSite, offReason, siteListed, updateSettings, type EffectiveSettings } from '@/lib/settings';
import { t } from '@/lib/i18n';

interface Props {
  page: PageTermsState;
  settings: EffectiveSettings | undefined;
}

const without = (list: readonly string[], host: string) => list.filter((site) => !siteListed(host, [site]));

/**
 * What Metodelup does on the page beside the panel, said at once, with the one click that changes
 * it: off (everywhere or on the site), paused, or quiet because the page shows a CPR number.
 */
export function PageStatus({ page, settings }: Props) {
  if (!settings) return <div class="page-status"><p class="page-status__text" role="status" /></div>;
  const host = page.host;
  const off = offReason(settings, host);
  const tabId = page.tabId;
  const pause = (paused: boolean) => {
    if (tabId !== undefined) void sendToFrames(tabId, { type: 'pause-page', paused }).catch(() => undefined);
  };
  let text: string | undefined;
  let action: { label: string; run: () => void } | undefined;
  if (off === 'everywhere') {
    text = t('statusOffEverywhere');
    if (!settings.locked.has('enabled')) action = { label: t('turnOnEverywhere'), run: () => void updateSettings(() => ({ enabled: true })) };
  } else if (off === 'organisation-site' && host) {
    text = t('statusOrgSite', host);
  } else if (off === 'site' && host) {
    text = t('statusOffSite', host);
    action = {
      label: t('turnOnSite'),
      run: () => void updateSettings((user) => ({ disabledSites: without(user.disabledSites, host) })),
    };
  } else if (page.state === 'paused') {
    text = t('statusPaused');
    action = { label: t('resume'), run: () => pause(false) };
  } else if (page.state === 'guarded' && host) {
    text = t('statusGuarded');
    if (!settings.locked.has('guardAllowedSites') && !settings.locked.has('privacyGuard')) {
      action = {
        label: t('allowSite'),
        run: () => void updateSettings((user) => ({ guardAllowedSites: [...new Set([...user.guardAllowedSites, host])] })),
      };
    }
  }
  // One live region, always there: a change of state ("slået fra", "sat på pause") is announced
  // politely when it happens, not only shown.
  const showControls = !text && tabId !== undefined && host !== undefined;
  return (
    <div class={text ? 'page-status page-status--quiet' : 'page-status'}>
      <p class="page-status__text" role="status">
        {text ?? ''}
      </p>
      {action && (
        <button type="button" class="button" onClick={action.run}>
          {action.label}
        </button>
      )}
      {showControls && (
        <button type="button" class="button button--quiet" onClick={() => pause(true)}>
          {t('pausePage')}
        </button>
      )}
      {showControls && !settings.locked.has('disabledSites') && (
        <button
          type="button"
          class="button button--quiet"
          onClick={() => void updateSettings((user) => ({ disabledSites: [...new Set([...user.disabledSites, normaliseSite(host)])] }))}
        >
          {t('turnOffSite', normaliseSite(host))}
        </button>
      )}
    </div>
  );
}
