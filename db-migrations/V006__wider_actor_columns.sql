-- Actors are usernames, which are e-mail addresses of up to 254 characters.
ALTER TABLE order_status_history ALTER COLUMN actor SET DATA TYPE VARCHAR(254);
ALTER TABLE wallet_entries ALTER COLUMN actor SET DATA TYPE VARCHAR(254);
ALTER TABLE payments ALTER COLUMN confirmed_by SET DATA TYPE VARCHAR(254);
