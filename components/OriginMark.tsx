import { useContext } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { PanelExtrasContext } from '@/lib/panel/panel-extras';

/** "Egen" or "Organisationens" beside an entry that is not built in; nothing beside a built-in one. */
export function OriginMark({ id }: { id: string }) {
  const origin = useContext(PanelExtrasContext).origins.get(id);
  if (!origin) return null;
  return (
    <span class={`origin origin--${origin}`} data-origin={origin}>
      {t(origin === 'own' ? 'originOwn' : 'originOrganisation')}
    </span>
  );
}
