-- D2: the customer as reported, what happened and where, the third party's contact,
-- witness statements, attachment file names and reported contact details are stored
-- encrypted by the application (AES-GCM, keys outside the database), which makes the
-- values longer. V11 encrypts the rows written before.
alter table incident alter column location type text;
alter table incident alter column customer_name type text;
alter table incident alter column breached_restriction type text;
alter table incident alter column warning_bypass_reason type text;
alter table incident alter column third_party_contact_name type text;
alter table incident alter column third_party_reference type text;
alter table incident_attachment alter column file_name type text;
alter table contact_details_update alter column address type text;
alter table contact_details_update alter column postcode type text;
alter table contact_details_update alter column phone type text;
alter table contact_details_update alter column email type text;
