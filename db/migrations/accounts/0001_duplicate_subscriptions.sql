ALTER TABLE `subscriptions` ADD `duplicate_canceled_at` integer;--> statement-breakpoint
-- Rows used to be ordered by the Stripe event's `created`; a (signed) event dated in the future
-- could pin a state for good. They are now ordered by our own fetch time: drop future values.
UPDATE `subscriptions` SET `updated_from_event_created` = 0 WHERE `updated_from_event_created` > CAST(strftime('%s', 'now') AS integer);
