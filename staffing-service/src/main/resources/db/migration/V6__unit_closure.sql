-- A unit closed by a decision stays in the register (its history stays readable) but takes no new posts or postings.
ALTER TABLE units ADD COLUMN closed_on date;
ALTER TABLE units ADD COLUMN closure_decision varchar(64);
