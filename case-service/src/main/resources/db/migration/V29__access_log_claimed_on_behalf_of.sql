-- "On behalf of" in the access log is a fact only when a signed token states it; what a caller's X-On-Behalf-Of
-- header says is kept beside it as an unverified claim. Rows written before this change hold the header's value.
alter table access_log add column claimed_on_behalf_of text;
