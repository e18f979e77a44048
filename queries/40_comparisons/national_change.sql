-- Each national figure against the previous operation that gave it, like
-- with like: compared_value and compared_previous_value add up only the
-- forces that gave the figure with a number in both operations
-- (forces_compared of them; see force_change), and change and change_pct
-- are between those two. hedged and unquantified count the compared
-- figures, on either side, that are estimates or leave out a part reported
-- without a number. Beside them, labelled as such, the all-forces totals
-- of each operation (all_forces_value, all_forces_previous_value) and the
-- forces that gave each (forces_reporting, previous_forces_reporting):
-- these differ when forces are missing on one side, and their difference
-- is not a change.
with compared as (
    select
        operation_code,
        metric_code,
        item_code,
        unit,
        any_value(previous_operation) as previous_operation,
        count(*) filter (where compared) as forces_compared,
        sum(value) filter (where compared) as compared_value,
        sum(previous_value) filter (where compared) as compared_previous_value,
        coalesce(sum(hedged + previous_hedged) filter (where compared), 0)::integer as hedged,
        coalesce(sum(unquantified + previous_unquantified) filter (where compared), 0)::integer as unquantified
    from force_change
    group by operation_code, metric_code, item_code, unit
)

select
    c.operation_code,
    c.metric_code,
    c.item_code,
    c.unit,
    c.previous_operation,
    c.forces_compared,
    c.compared_value,
    c.compared_previous_value,
    c.compared_value - c.compared_previous_value as change,
    case
        when c.compared_previous_value > 0
            then round(100.0 * (c.compared_value - c.compared_previous_value) / c.compared_previous_value, 1)
    end as change_pct,
    c.hedged,
    c.unquantified,
    nt.forces_reporting,
    pt.forces_reporting as previous_forces_reporting,
    nt.value as all_forces_value,
    pt.value as all_forces_previous_value
from compared as c
inner join national_totals as nt
    on nt.operation_code = c.operation_code
    and nt.metric_code = c.metric_code
    and nt.item_code is not distinct from c.item_code
    and nt.unit = c.unit
left join national_totals as pt
    on pt.operation_code = c.previous_operation
    and pt.metric_code = c.metric_code
    and pt.item_code is not distinct from c.item_code
    and pt.unit = c.unit
order by c.operation_code, c.metric_code, c.item_code nulls first, c.unit
