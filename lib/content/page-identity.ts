import { actOfPage, eliKey, type ActsByEli } from '../acts';
import type { PageAct } from '../messages';

/**
 * The act a page holds and which document of it (its ELI key): from the page's address on
 * retsinformation.dk, else from the address the page gives itself (a saved retsinformation.dk page
 * keeps `og:url` and its canonical link), else the act its title names (no document then).
 * `findIn` lists the entry ids the page matcher finds in a text.
 */
export function pageIdentity(document: Document, byEli: ActsByEli, findIn: (text: string) => readonly string[]): PageAct | undefined {
  const own = [
    document.location?.href,
    document.querySelector<HTMLMetaElement>('meta[property="og:url"]')?.content,
    document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href,
  ];
  const url = own.find((address) => eliKey(address) !== undefined);
  const id = actOfPage({ url, title: document.title }, byEli, findIn);
  if (!id) return undefined;
  const eli = eliKey(url);
  return eli && byEli[eli] === id ? { id, eli } : { id };
}
