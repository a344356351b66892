-- Full-text search over occupation titles, O*NET specialisation titles, "also called"
-- titles from the OOH text and SOC codes. drizzle-kit cannot declare virtual tables,
-- so this migration is hand-written.
CREATE VIRTUAL TABLE `occupation_search` USING fts5(
  `soc` UNINDEXED,
  `title`,
  `alt_titles`,
  `codes`,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
--> statement-breakpoint
-- Term list of the index, used to correct misspelt query words.
CREATE VIRTUAL TABLE `occupation_search_vocab` USING fts5vocab(`occupation_search`, 'row');
