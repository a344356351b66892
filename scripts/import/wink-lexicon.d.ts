/** The part of wink-lexicon the evidence matcher reads: each word's part-of-speech tags, most frequent first. */
declare module "wink-lexicon" {
  const winkLexicon: { lexicon: Readonly<Record<string, readonly string[] | undefined>> };
  export default winkLexicon;
}
