-- For every operation with at least one return, every force and whether
-- its return is in. Missing forces first.
with ops as (
    select distinct operation_code
    from returns
)

select
    fr.operation_code,
    fr.force_code,
    fr.force_name,
    fr.rocu,
    r.return_id is not null as returned,
    r.file_name,
    r.received_at
from ops as o
inner join force_rocu as fr
    on fr.operation_code = o.operation_code
left join returns as r
    on r.operation_code = fr.operation_code
    and r.force_code = fr.force_code
    and r.status = 'current'
order by fr.operation_code, returned, fr.force_code
