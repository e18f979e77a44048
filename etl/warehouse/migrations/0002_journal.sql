-- The inbox journal (docs/lifecycle.md). Every file taken from the inbox
-- has one row in files from the moment it is claimed. Its state moves
--   claimed -> loaded | rejected | duplicate -> moved
-- and the judgement is written in the same transaction as the load or the
-- rejection, so that a pass stopped at any point is finished by the next
-- one without judging the file again. A rejected file whose content changed
-- in rejected/ is taken again: its old row becomes 'retaken'. 'missing'
-- marks a row whose file someone removed while it was in our hands.
--
-- The table is rebuilt rather than altered (no ALTER or RENAME in the WAL,
-- see notes/reliability.md 1.4); the old rows are kept, as moved, with
-- their ids taken from their return where they have one.
create table files_0001 as select * from files;
drop table files;

create table files (
    file_id     integer primary key, -- also the return_id of the return loaded from it
    state       varchar not null check (state in ('claimed', 'loaded', 'rejected', 'duplicate', 'moved', 'retaken', 'missing')),
    file_name   varchar not null,    -- as it arrived, losslessly escaped (docs/lifecycle.md)
    sha256      varchar,             -- NULL until read, and for what is not a regular file
    size_bytes  bigint,
    received_at timestamptz not null, -- the file's modification time when it was claimed
    run_id      varchar not null,    -- the pass that judged it (while claimed: that claimed it)
    outcome     varchar check (outcome in ('loaded', 'rejected', 'duplicate')), -- NULL while claimed
    return_id   integer,
    reason      varchar,
    source      varchar,             -- where it was taken from, relative to the home folder
    work_path   varchar,             -- where it waits to be judged, relative to the home folder
    stored_as   varchar,             -- where it is kept once judged, relative to the home folder
    report      varchar,             -- the report written beside a rejected file
    claimed_at  timestamptz,
    judged_at   timestamptz,
    moved_at    timestamptz,
    check ((state = 'claimed') = (outcome is null))
);

insert into files (file_id, state, file_name, sha256, size_bytes, received_at, run_id, outcome, return_id, reason, stored_as)
select
    coalesce(return_id, (select coalesce(max(return_id), 0) from returns) + row_number() over (partition by return_id is null order by received_at, file_name)) as file_id,
    'moved' as state,
    file_name,
    sha256,
    size_bytes,
    received_at,
    run_id,
    outcome,
    return_id,
    reason,
    stored_as
from files_0001
-- a loaded file's id is its return's; a duplicate shares its return_id
-- with the loaded file, so only the loaded row may take it
where outcome = 'loaded' or return_id is null
union all
select
    (select coalesce(max(return_id), 0) from returns) + (select count(*) from files_0001 where return_id is null)
        + row_number() over (order by received_at, file_name) as file_id,
    'moved', file_name, sha256, size_bytes, received_at, run_id, outcome, return_id, reason, stored_as
from files_0001
where outcome <> 'loaded' and return_id is not null;

drop table files_0001;

-- The data version goes up with every change to the figures (a load, new
-- reference data); published_version is the version whose rollups,
-- outputs and analyst copy were last published. While they differ a
-- rebuild is pending, and every pass publishes before it ends.
insert or replace into meta values ('data_version', '1'), ('published_version', '0');
