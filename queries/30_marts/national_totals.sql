-- National totals per operation, metric, item and unit. value sums the
-- quantified figures; forces_reporting counts forces that gave the figure;
-- hedged counts estimates ("about", "20+") inside the sum; unquantified
-- counts forces that reported it without a number (never counted as 0).
select
    operation_code,
    metric_code,
    item_code,
    unit,
    sum(value) as value,
    count(distinct force_code) as forces_reporting,
    sum(hedged)::integer as hedged,
    sum(unquantified)::integer as unquantified
from force_figures
group by operation_code, metric_code, item_code, unit
order by operation_code, metric_code, item_code nulls first, unit
