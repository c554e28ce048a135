-- A sanction decided on a violation goes onto the case's sanctions ladder (cases bundle, case_sanction);
-- the violation keeps the id of that ladder entry.
ALTER TABLE seizure_violation ADD COLUMN sanction_id BIGINT;
