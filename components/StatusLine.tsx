import type { EntryStatus } from '@/lib/glossary/schema';
import { longDate, statusOn, todayIso } from '@/lib/glossary/status';
import { t } from '@/lib/i18n';

interface Props {
  status: EntryStatus;
  /** `compact`: the status alone (result lists); else with what happens to ongoing cases. */
  compact?: boolean;
  /** The class prefix of the view that shows it ("card" or "status"). */
  prefix?: string;
}

/** The text of an entry's status: "Afskaffet for nye sager fra 1. januar 2027 — igangværende forløb fortsætter". */
export function statusText(status: EntryStatus, compact = false): { text: string; historical: boolean } {
  const { message, historical } = statusOn(status, todayIso());
  const label = t(message, longDate(status.since, t('dateLocale') || 'da-DK'));
  return { text: !compact && status.ongoing ? `${label} — ${status.ongoing}` : label, historical };
}

/** An entry's legal status at a glance, coloured by whether the scheme is still open to new cases. */
export function StatusLine({ status, compact = false, prefix = 'status' }: Props) {
  const { text, historical } = statusText(status, compact);
  const tone = historical ? 'historical' : status.state;
  return <p class={`${prefix}__status ${prefix}__status--${tone}`}>{text}</p>;
}
