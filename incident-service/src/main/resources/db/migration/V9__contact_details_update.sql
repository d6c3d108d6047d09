-- I8: a registered customer's changed contact details, as a service team reported them.
-- They stay here; register-service reads them through the internal API.
create table contact_details_update (
    id                  uuid         primary key,
    version             bigint       not null,
    entry_id            uuid         not null,
    reported_by         varchar(200) not null,
    reported_at         timestamptz  not null,
    service_area        varchar(100) not null,
    customer_team       varchar(100),
    customer_reference  varchar(100),
    address             varchar(500),
    postcode            varchar(10),
    phone               varchar(30),
    email               varchar(254),
    changed_on          date,
    constraint contact_details_update_changes_something
        check (coalesce(address, postcode, phone, email) is not null)
);
create index contact_details_update_entry on contact_details_update (entry_id);

-- D3: a disclosure is of an incident's customer details or of a contact-details update.
alter table disclosure_log alter column incident_id drop not null;
alter table disclosure_log add column contact_details_update_id uuid references contact_details_update (id);
alter table disclosure_log add constraint disclosure_log_one_subject
    check (num_nonnulls(incident_id, contact_details_update_id) = 1);
