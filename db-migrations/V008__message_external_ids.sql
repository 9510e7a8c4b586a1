-- A channel's own id for a message (a WhatsApp message id, a client's retry key), so a message delivered twice by
-- its channel is stored and answered once.
ALTER TABLE messages ADD COLUMN external_id VARCHAR(200);
CREATE UNIQUE INDEX messages_channel_external_id ON messages (channel, external_id);
