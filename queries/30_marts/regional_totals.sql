-- The national totals split by ROCU (British Transport Police is its own
-- 'National' unit), so that the regions add up to the nation.
select
    operation_code,
    rocu,
    metric_code,
    item_code,
    unit,
    sum(value) as value,
    count(distinct force_code) as forces_reporting,
    sum(hedged)::integer as hedged,
    sum(unquantified)::integer as unquantified
from force_figures
group by operation_code, rocu, metric_code, item_code, unit
order by operation_code, rocu, metric_code, item_code nulls first, unit
