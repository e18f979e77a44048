-- national_change by ROCU: each ROCU's figure against the previous
-- operation that gave it nationally, like with like. compared_value and
-- compared_previous_value add up only the forces in the ROCU at this
-- operation that gave the figure with a number in both operations (a force
-- that has since moved ROCU, as Kent did, is compared with its own earlier
-- figure). all_forces_value and all_forces_previous_value are the ROCU's
-- totals at each operation over whichever forces it had then and whichever
-- gave the figure (forces_reporting, previous_forces_reporting).
with compared as (
    select
        operation_code,
        rocu,
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
    group by operation_code, rocu, metric_code, item_code, unit
)

select
    c.operation_code,
    c.rocu,
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
    rt.forces_reporting,
    pt.forces_reporting as previous_forces_reporting,
    rt.value as all_forces_value,
    pt.value as all_forces_previous_value
from compared as c
inner join regional_totals as rt
    on rt.operation_code = c.operation_code
    and rt.rocu = c.rocu
    and rt.metric_code = c.metric_code
    and rt.item_code is not distinct from c.item_code
    and rt.unit = c.unit
left join regional_totals as pt
    on pt.operation_code = c.previous_operation
    and pt.rocu = c.rocu
    and pt.metric_code = c.metric_code
    and pt.item_code is not distinct from c.item_code
    and pt.unit = c.unit
order by c.operation_code, c.rocu, c.metric_code, c.item_code nulls first, c.unit
