-- R8: the day letters-service reported a letter sent; a withholding decided later holds
-- only letters not yet sent.
alter table entry_letter add column sent_on date;
