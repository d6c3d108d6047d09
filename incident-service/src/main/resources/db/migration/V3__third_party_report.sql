-- I4: reports from the police or another agency. Police-sourced data is criminal-offence
-- data, so the lawful condition relied on is recorded with it.
alter table incident add column third_party_agency        varchar(40);
alter table incident add column third_party_contact_name  varchar(200);
alter table incident add column third_party_reference     varchar(100);
alter table incident add column lawful_condition          varchar(500);
create index incident_reported_on_behalf_of on incident (reported_on_behalf_of);
