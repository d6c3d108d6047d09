-- R8: the register withholds notice; a held letter is neither approved nor sent until the
-- register asks for it again.
alter table letter add column on_hold boolean not null default false;
alter table letter add column held_at timestamptz;
