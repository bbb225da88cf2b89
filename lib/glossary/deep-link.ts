/**
 * The address that opens an act at the § an entry names. retsinformation.dk marks each § of an
 * act with an anchor `P<number><letter>` (`<span id="P7a">` before "§ 7 a." — see the saved page
 * in tests/fixtures/laws/barselsloven_lbk2023-1180_retsinformation.html) and each chapter with
 * `K<number>`. Only the first § of a section text counts ("§§ 17-20" → P17); stk. and nr. are
 * ignored (the act has no anchors for them). Anything else opens the act itself.
 */
export function sectionUrl(actUrl: string, section: string | undefined): string {
  if (!section) return actUrl;
  const paragraph = /^§§?\s*(\d+)(?:\s*([a-z])(?![a-zæøå]))?/i.exec(section.trim());
  if (paragraph) return `${actUrl}#P${paragraph[1]}${(paragraph[2] ?? '').toLowerCase()}`;
  const chapter = /^kapitel\s+(\d+)(?:\s*([a-z])(?![a-zæøå]))?/i.exec(section.trim());
  if (chapter) return `${actUrl}#K${chapter[1]}${(chapter[2] ?? '').toLowerCase()}`;
  return actUrl;
}
