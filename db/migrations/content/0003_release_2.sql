CREATE TABLE `emerging_tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`onet_soc` text NOT NULL,
	`soc` text NOT NULL,
	`statement` text NOT NULL,
	`category` text NOT NULL,
	`original_task_id` integer,
	`original_statement` text,
	`month` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `emerging_tasks_soc_idx` ON `emerging_tasks` (`soc`);--> statement-breakpoint
CREATE TABLE `onet_titles` (
	`soc` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`onet_codes` text NOT NULL,
	`short_title` text,
	PRIMARY KEY(`soc`, `kind`, `title`)
);
--> statement-breakpoint
CREATE TABLE `release_scores` (
	`release_id` text NOT NULL,
	`soc` text NOT NULL,
	`title` text NOT NULL,
	`category_code` text NOT NULL,
	`score` integer,
	`band` text,
	`entry_score` integer,
	`mid_score` integer,
	`senior_score` integer,
	PRIMARY KEY(`release_id`, `soc`)
);
--> statement-breakpoint
CREATE INDEX `release_scores_soc_idx` ON `release_scores` (`soc`);--> statement-breakpoint
CREATE TABLE `release_signals` (
	`release_id` text NOT NULL,
	`soc` text NOT NULL,
	`signal` text NOT NULL,
	`value` real NOT NULL,
	`raw` real,
	`raw_label` text NOT NULL,
	`weight` real NOT NULL,
	`contribution` real NOT NULL,
	`imputed` integer NOT NULL,
	`source` text NOT NULL,
	`vintage` text NOT NULL,
	`source_key` text NOT NULL,
	PRIMARY KEY(`release_id`, `soc`, `signal`)
);
--> statement-breakpoint
CREATE INDEX `release_signals_soc_idx` ON `release_signals` (`soc`);--> statement-breakpoint
CREATE TABLE `releases` (
	`id` text PRIMARY KEY NOT NULL,
	`month` text NOT NULL,
	`data_version` text NOT NULL,
	`current` integer NOT NULL,
	`occupations` integer NOT NULL,
	`scored` integer NOT NULL,
	`mean_score` real
);
--> statement-breakpoint
ALTER TABLE `categories` ADD `bls_employment` integer;--> statement-breakpoint
ALTER TABLE `occupations` ADD `employment` integer;--> statement-breakpoint
ALTER TABLE `occupations` ADD `employment_projected` integer;--> statement-breakpoint
ALTER TABLE `occupations` ADD `ep_median_wage` integer;--> statement-breakpoint
ALTER TABLE `occupations` ADD `ep_median_wage_top_coded` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `occupations` DROP COLUMN `employment_2022`;--> statement-breakpoint
ALTER TABLE `occupations` DROP COLUMN `employment_2032`;--> statement-breakpoint
ALTER TABLE `occupations` DROP COLUMN `median_wage_2022`;--> statement-breakpoint
ALTER TABLE `occupations` DROP COLUMN `median_wage_2022_top_coded`;--> statement-breakpoint
ALTER TABLE `tasks` ADD `in_current_onet` integer DEFAULT false NOT NULL;