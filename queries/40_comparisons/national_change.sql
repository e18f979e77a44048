-- Each national total against the same figure at the previous operation
-- that reported it.
with totals as (
    select
        nt.*,
        o.starts_on
    from national_totals as nt
    inner join operations as o
        on o.operation_code = nt.operation_code
),

lagged as (
    select
        *,
        lag(operation_code) over w as previous_operation,
        lag(value) over w as previous_value
    from totals
    window w as (partition by metric_code, item_code, unit order by starts_on)
)

select
    operation_code,
    metric_code,
    item_code,
    unit,
    value,
    previous_operation,
    previous_value,
    value - previous_value as change,
    case when previous_value > 0 then round(100.0 * (value - previous_value) / previous_value, 1) end as change_pct
from lagged
order by operation_code, metric_code, item_code nulls first, unit
