/** A live Range over a painted term's StaticRange, for its geometry or a position test. */
export function liveRange(document: Document, range: AbstractRange): Range {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}
