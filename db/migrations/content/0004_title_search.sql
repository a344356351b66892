-- One row per title an occupation is known by (its own title, O*NET specialisations, BLS
-- and OOH "also called" titles, O*NET 30.1 Alternate Titles and Sample of Reported Titles),
-- so search ranks a title's own occupation first. Hand-written: drizzle-kit cannot declare
-- virtual tables. `rank_class` orders kinds of titles (0 = the occupation's own title).
CREATE VIRTUAL TABLE `title_search` USING fts5(
  `soc` UNINDEXED,
  `rank_class` UNINDEXED,
  `title`,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `title_search_vocab` USING fts5vocab(`title_search`, 'row');
