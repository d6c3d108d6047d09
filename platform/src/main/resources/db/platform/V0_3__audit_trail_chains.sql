-- P2: the trail becomes sixteen hash chains, each with its own lock, instead of one that
-- every audited request of a service queued for. A record's lines all go to one chain;
-- the rows written so far stay what they were, chain 0.
alter table audit_trail add column chain smallint not null default 0;
create index audit_trail_chain on audit_trail (chain, seq);
