/**
 * Folds a word to the form the search index stores, so that the spellings a caseworker types on
 * any keyboard meet: "aaben" and "åben", "flexjob" and "fleksjob", "Mentorstøtte" and
 * "mentorstoette", "psykoedukation" and "psykoédukation".
 */
export function foldDanish(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/å/gu, 'aa')
    .replace(/[æä]/gu, 'ae')
    .replace(/[øö]/gu, 'oe')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/x/gu, 'ks');
}
