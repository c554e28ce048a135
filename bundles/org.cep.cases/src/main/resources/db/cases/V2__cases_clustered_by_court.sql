-- Keep a court's cases together on disk. With the key on id alone, cases of 200 courts filed day by day
-- interleave, so listing one court's 5,000 open cases read about 6,000 scattered pages (the eligibility
-- view of cross-enforcement took ~1 s at p99 over 1,000,000 cases); with (tenant_id, id) as the primary
-- key, which InnoDB stores the rows in, they sit in a few hundred neighbouring pages. id stays unique
-- (case ids are global: other capabilities refer to them). Drop first, then add: H2 refuses to drop a
-- primary key whose index a unique constraint has borrowed.
ALTER TABLE enforcement_case DROP PRIMARY KEY;
ALTER TABLE enforcement_case ADD PRIMARY KEY (tenant_id, id);
ALTER TABLE enforcement_case ADD CONSTRAINT uq_case_id UNIQUE (id);
