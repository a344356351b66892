CREATE TABLE `pro_analyses` (
	`soc` text PRIMARY KEY NOT NULL,
	`pivots` text NOT NULL,
	`pivots_empty_reason` text,
	`tool_recommendations` text NOT NULL,
	`tools_empty_message` text
);
