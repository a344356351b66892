CREATE TABLE `alternate_titles` (
	`soc` text NOT NULL,
	`title` text NOT NULL,
	`source` text NOT NULL,
	PRIMARY KEY(`soc`, `title`)
);
--> statement-breakpoint
CREATE TABLE `bls_factors` (
	`soc` text NOT NULL,
	`ordinal` integer NOT NULL,
	`industry` text NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`soc`, `ordinal`)
);
--> statement-breakpoint
CREATE TABLE `categories` (
	`code` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`slug` text NOT NULL,
	`occupation_count` integer NOT NULL,
	`scored_count` integer NOT NULL,
	`employment` integer,
	`mean_score` real,
	`routineness` real,
	`entry_multiplier` real NOT NULL,
	`senior_multiplier` real NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `categories_slug_unique` ON `categories` (`slug`);--> statement-breakpoint
CREATE TABLE `category_priors` (
	`category_code` text NOT NULL,
	`signal` text NOT NULL,
	`value` real NOT NULL,
	`basis` integer NOT NULL,
	PRIMARY KEY(`category_code`, `signal`)
);
--> statement-breakpoint
CREATE TABLE `education_attainment` (
	`soc` text PRIMARY KEY NOT NULL,
	`nem_code` text NOT NULL,
	`less_than_high_school` real NOT NULL,
	`high_school` real NOT NULL,
	`some_college` real NOT NULL,
	`associate` real NOT NULL,
	`bachelor` real NOT NULL,
	`master` real NOT NULL,
	`doctoral` real NOT NULL
);
--> statement-breakpoint
CREATE TABLE `import_issues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`line` integer,
	`severity` text NOT NULL,
	`message` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `indeed_monthly` (
	`sector` text NOT NULL,
	`month` text NOT NULL,
	`mean` real NOT NULL,
	`days` integer NOT NULL,
	PRIMARY KEY(`sector`, `month`)
);
--> statement-breakpoint
CREATE TABLE `indeed_sectors` (
	`name` text PRIMARY KEY NOT NULL,
	`example_titles` text NOT NULL,
	`recent_mean` real,
	`national_recent_mean` real,
	`window_start` text,
	`window_end` text
);
--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `occupation_skills` (
	`soc` text NOT NULL,
	`skill` text NOT NULL,
	`importance` real NOT NULL,
	`level` real,
	PRIMARY KEY(`soc`, `skill`)
);
--> statement-breakpoint
CREATE TABLE `occupations` (
	`soc` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`slug` text NOT NULL,
	`category_code` text NOT NULL,
	`summary` text,
	`summary_source` text,
	`ooh_slug` text,
	`nem_code` text,
	`nem_title` text,
	`employment_2022` integer,
	`employment_2032` integer,
	`change_pct` real,
	`openings_annual` integer,
	`median_wage_2022` integer,
	`median_wage_2022_top_coded` integer DEFAULT false NOT NULL,
	`entry_education` text,
	`work_experience` text,
	`training` text,
	`oews_code` text,
	`oews_title` text,
	`oews_employment` integer,
	`wages` text,
	`job_zone` integer,
	`beta_human` real,
	`beta_gpt4` real,
	`sector` text,
	`digital_exposure` real,
	`task_count` integer NOT NULL,
	`task_signal` real,
	`score` integer,
	`band` text,
	`entry_score` integer,
	`mid_score` integer,
	`senior_score` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `occupations_slug_unique` ON `occupations` (`slug`);--> statement-breakpoint
CREATE INDEX `occupations_category_idx` ON `occupations` (`category_code`,`score`);--> statement-breakpoint
CREATE INDEX `occupations_score_idx` ON `occupations` (`score`);--> statement-breakpoint
CREATE TABLE `onet_occupations` (
	`onet_soc` text PRIMARY KEY NOT NULL,
	`soc` text NOT NULL,
	`title` text NOT NULL,
	`task_count` integer NOT NULL,
	`task_signal` real,
	`in_soc_task_list` integer NOT NULL,
	`beta_human` real,
	`beta_gpt4` real
);
--> statement-breakpoint
CREATE INDEX `onet_occupations_soc_idx` ON `onet_occupations` (`soc`);--> statement-breakpoint
CREATE TABLE `ooh_passages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`ordinal` integer NOT NULL,
	`text` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ooh_passages_slug_idx` ON `ooh_passages` (`slug`);--> statement-breakpoint
CREATE TABLE `ooh_profiles` (
	`slug` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`url` text NOT NULL,
	`group_name` text,
	`summary` text,
	`digital_exposure` integer,
	`median_pay_annual` integer,
	`entry_education` text,
	`outlook_pct` real,
	`outlook_desc` text,
	`jobs_2024` integer,
	`projected_2034` integer
);
--> statement-breakpoint
CREATE TABLE `related_occupations` (
	`soc` text NOT NULL,
	`ordinal` integer NOT NULL,
	`related_soc` text NOT NULL,
	PRIMARY KEY(`soc`, `ordinal`)
);
--> statement-breakpoint
CREATE TABLE `signals` (
	`soc` text NOT NULL,
	`signal` text NOT NULL,
	`value` real NOT NULL,
	`raw` real,
	`raw_label` text NOT NULL,
	`weight` real NOT NULL,
	`contribution` real NOT NULL,
	`imputed` integer NOT NULL,
	`source` text NOT NULL,
	`source_url` text,
	`vintage` text NOT NULL,
	`note` text,
	PRIMARY KEY(`soc`, `signal`)
);
--> statement-breakpoint
CREATE TABLE `similar_occupations` (
	`soc` text NOT NULL,
	`ordinal` integer NOT NULL,
	`title` text NOT NULL,
	`ooh_slug` text NOT NULL,
	`url` text NOT NULL,
	`duties` text,
	`target_soc` text,
	PRIMARY KEY(`soc`, `ordinal`)
);
--> statement-breakpoint
CREATE TABLE `soc_sector_rules` (
	`prefix` text PRIMARY KEY NOT NULL,
	`sector` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `tasks` (
	`task_id` integer PRIMARY KEY NOT NULL,
	`onet_soc` text NOT NULL,
	`soc` text NOT NULL,
	`statement` text NOT NULL,
	`task_type` text,
	`human_label` text,
	`gpt4_label` text,
	`automation_label` text,
	`score` integer NOT NULL,
	`weight` integer NOT NULL,
	`in_soc_task_list` integer NOT NULL,
	`evidence_text` text,
	`evidence_kind` text,
	`evidence_similarity` real,
	`source_line` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `tasks_soc_idx` ON `tasks` (`soc`);--> statement-breakpoint
CREATE INDEX `tasks_onet_soc_idx` ON `tasks` (`onet_soc`);--> statement-breakpoint
CREATE TABLE `work_contexts` (
	`soc` text PRIMARY KEY NOT NULL,
	`degree_of_automation` real,
	`exactness` real,
	`repeating` real NOT NULL,
	`structured` real NOT NULL,
	`matched_titles` text NOT NULL
);
