CREATE TABLE `occupation_explanations` (
	`soc` text PRIMARY KEY NOT NULL,
	`headline` text NOT NULL,
	`outlook` text NOT NULL,
	`summary` text NOT NULL,
	`agreement` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `task_explanations` (
	`task_id` integer PRIMARY KEY NOT NULL,
	`sentences` text NOT NULL
);
