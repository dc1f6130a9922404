-- Accounts with a lifecycle (issue 18 §6): the owner changes the password, an administrator
-- disables and re-enables. Wrong passwords no longer lock an account (anyone could lock a
-- predictable username); they earn per-client waits kept in memory (LoginThrottle), so the
-- lock column goes. failed_logins stays as a count administrators see.
ALTER TABLE app_user DROP COLUMN locked_until;
ALTER TABLE app_user ADD COLUMN password_changed_at timestamptz;
ALTER TABLE app_user ADD COLUMN disabled_at timestamptz;
