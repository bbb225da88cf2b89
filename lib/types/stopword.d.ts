// The one list this extension uses from the `stopword` package, which ships no types of its own.
declare module 'stopword' {
  /** Danish stop words (stopwords-iso), lower case. */
  export const dan: readonly string[];
}
