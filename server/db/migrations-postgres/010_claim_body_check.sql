-- PostgreSQL twin of migrations/010_claim_body_check.sql: the same column.
-- A stored claim body's check: a hash of the contract's code (src/contract) and of the body, written with every body
-- that Claimwatch validated (ClaimSchema) before storing it. A list trusts a body whose check it computes again, and
-- parses it without validating it anew: validating a million claims took about half a minute of a start
-- (docs/benchmarks.md). A body edited by hand, written before this column, or checked under other contract code has no
-- matching check and is validated as before; then its check is written.
ALTER TABLE claims ADD COLUMN body_check TEXT;
