import { markMatches } from '@/lib/search/mark-matches';

/** Text with the words the query begins marked; always rendered as text, never as HTML. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {markMatches(text, query).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  );
}
