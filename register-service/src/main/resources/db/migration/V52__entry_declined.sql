-- R7: the CSSM (or the Executive Director standing in) may decline a complex or sensitive
-- entry: who declined is recorded as for an approval, with the reason and the day; the
-- entry never takes effect and is purged on the removal's retention (R12).
alter table entry add column declined_reason varchar(1000);
alter table entry add column declined_on date;
