-- Each force's ROCU for each operation, honouring dated membership
-- exceptions (Kent moved from SEROCU to ERSOU in September 2018): the
-- membership whose dates hold the operation's first day, else the force's
-- usual ROCU. A missing valid_from or valid_to leaves that end open.
select
    o.operation_code,
    f.force_code,
    f.force_name,
    coalesce(m.rocu, f.rocu) as rocu,
    f.region,
    f.country,
    f.population
from operations as o
cross join forces as f
left join rocu_membership as m
    on m.force_code = f.force_code
    and (m.valid_from is null or o.starts_on >= m.valid_from)
    and (m.valid_to is null or o.starts_on <= m.valid_to)
