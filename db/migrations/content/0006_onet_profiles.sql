CREATE TABLE `onet_elements` (
	`soc` text NOT NULL,
	`domain` text NOT NULL,
	`element_id` text NOT NULL,
	`name` text NOT NULL,
	`importance` real NOT NULL,
	`level` real NOT NULL,
	PRIMARY KEY(`soc`, `element_id`)
);
--> statement-breakpoint
CREATE TABLE `onet_related_occupations` (
	`soc` text NOT NULL,
	`ordinal` integer NOT NULL,
	`related_soc` text NOT NULL,
	`title` text NOT NULL,
	`tier` text NOT NULL,
	`onet_index` integer NOT NULL,
	PRIMARY KEY(`soc`, `ordinal`)
);
--> statement-breakpoint
CREATE TABLE `onet_technologies` (
	`soc` text NOT NULL,
	`name` text NOT NULL,
	`commodity` text NOT NULL,
	`hot` integer NOT NULL,
	`in_demand` integer NOT NULL,
	PRIMARY KEY(`soc`, `name`)
);
