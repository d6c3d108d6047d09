-- Webhook secrets are kept encrypted (AES-GCM, key outside the database): "v1:" and the
-- base64 of IV, ciphertext and tag need more room than the 64 hex characters of the
-- secret. V4 (a Java migration, it needs the key) encrypts the rows already there.
alter table team_subscription alter column webhook_secret type varchar(500);
