-- D2: the customer's name, address and contact details are stored encrypted by the
-- application (AES-GCM, keys outside the database), which makes the values longer.
alter table customer_record alter column customer_name type text;
alter table customer_record alter column address_lines type text;
alter table customer_record alter column email type text;
alter table customer_record alter column phone type text;
