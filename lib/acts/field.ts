/**
 * Hosts whose pages are about employment and social law: the state's pages (the acts, STAR, the
 * ministries, Ankestyrelsen, borger.dk, jobnet) and the municipalities' own. Words that name a
 * scheme only in this field (rådighed, formue, samtykke) are marked there without further ado.
 */
const FIELD_HOSTS = [
  'retsinformation.dk',
  'star.dk',
  'bm.dk',
  'borger.dk',
  'jobnet.dk',
  'sm.dk',
  'social.dk',
  'sbst.dk',
  'ast.dk',
  'ankestyrelsen.dk',
  'kl.dk',
  'ft.dk',
  'lovgivning.dk',
  'elov.dk',
  'vidensportal.dk',
  'jobmeddiagnose.dk',
  'uim.dk',
  'atp.dk',
  'lifeindenmark.borger.dk',
];

/** Whether a host is one of those, or a subdomain of one, or a municipality's (`*kommune.dk`). */
export function isFieldHost(host: string | undefined): boolean {
  if (!host) return false;
  const bare = host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  if (/(^|\.)[a-zæøå-]*kommune\.dk$/u.test(bare)) return true;
  return FIELD_HOSTS.some((known) => bare === known || bare.endsWith(`.${known}`));
}

/**
 * A page holding this many different terms of the glossary (not counting the words of the field
 * only, nor acts) is about the field, whatever its host: an intranet page, a saved decision.
 */
export const FIELD_TERMS = 3;
