-- The reporter's identity (CONFIDENTIAL and IDENTIFIED reports only): AES-256-GCM ciphertext under a data key of
-- the report's own, the data key wrapped by a key-encryption key this database does not hold (kek_id names it).
ALTER TABLE reports
    ADD COLUMN identity_ciphertext bytea,
    ADD COLUMN wrapped_data_key    bytea,
    ADD COLUMN kek_id              varchar(64),
    ADD CONSTRAINT reports_identity_whole CHECK (
        (identity_ciphertext IS NULL) = (wrapped_data_key IS NULL) AND (wrapped_data_key IS NULL) = (kek_id IS NULL)),
    ADD CONSTRAINT reports_identity_by_mode CHECK ((reporter_mode = 'ANONYMOUS') = (identity_ciphertext IS NULL));
