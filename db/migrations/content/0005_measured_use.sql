CREATE TABLE `occupation_chatgpt_monthly` (
	`soc` text NOT NULL,
	`month` text NOT NULL,
	`value` real NOT NULL,
	PRIMARY KEY(`soc`, `month`)
);
--> statement-breakpoint
CREATE TABLE `occupation_measured_use` (
	`soc` text PRIMARY KEY NOT NULL,
	`scored_tasks` integer NOT NULL,
	`seen_tasks` integer NOT NULL,
	`coverage` real,
	`usage_share` real,
	`automation_share` real,
	`applicability` real,
	`copilot_soc` text,
	`chatgpt_first` real,
	`chatgpt_last` real,
	`chatgpt_change` real,
	`p_score` real,
	`p_beta_human` real,
	`p_beta_gpt4` real,
	`p_applicability` real,
	`p_coverage` real,
	`p_digital` real,
	`p_task_signal` real,
	`spread` real,
	`agreement` text,
	`adoption_gap` real
);
--> statement-breakpoint
CREATE TABLE `task_measured_use` (
	`task_id` integer PRIMARY KEY NOT NULL,
	`claude_release` text,
	`claude_pct` real,
	`automation` real,
	`augmentation` real,
	`directive` real,
	`iwa_ids` text NOT NULL,
	`copilot_completion` real,
	`copilot_impact_scope` real
);
--> statement-breakpoint
CREATE TABLE `work_activities` (
	`iwa_id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`copilot_completion` real,
	`copilot_impact_scope` real
);
