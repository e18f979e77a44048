-- National totals per operation, metric, item and unit. value sums the
-- quantified figures (force_figures: one per force); forces_reporting
-- counts forces that gave the figure; hedged counts the forces whose figure
-- in the sum is an estimate ("about", "20+") or includes one; unquantified
-- counts forces that reported it without a number (never counted as 0) or
-- whose figure leaves out a part reported without one (a 'TBC' total whose
-- listed items are added up instead).
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
