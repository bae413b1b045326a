-- Tests only: what a consumer of this service's events applied (see PostingProbe).
CREATE TABLE test_posting_probe (
    officer_id       varchar(64) PRIMARY KEY,
    postings_applied integer     NOT NULL
);
