interface CaretPosition {
  offsetNode: Node;
  offset: number;
}

/**
 * The text position the reader sees at height `y` of the viewport (at `atX`, or at a few points
 * across the line, since margins and images hold no text): where a click would put the caret.
 */
export function caretAt(document: Document, y: number, atX?: number): { node: Node; offset: number } | undefined {
  const width = document.documentElement.clientWidth;
  const withCaret = document as Document & { caretPositionFromPoint?: (x: number, y: number) => CaretPosition | null };
  for (const x of atX === undefined ? [0.5, 0.25, 0.75, 0.1].map((fraction) => width * fraction) : [atX]) {
    const position = withCaret.caretPositionFromPoint?.(x, y);
    if (position) return { node: position.offsetNode, offset: position.offset };
    const range = document.caretRangeFromPoint?.(x, y);
    if (range) return { node: range.startContainer, offset: range.startOffset };
  }
  return undefined;
}
