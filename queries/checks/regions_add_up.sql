-- Must return no rows: the ROCU totals add up to the national total.
with regional as (
    select operation_code, metric_code, item_code, unit, sum(value) as value
    from regional_totals
    group by all
)

select
    n.operation_code,
    n.metric_code,
    n.item_code,
    n.unit,
    n.value as national,
    r.value as regional
from national_totals as n
full outer join regional as r
    on r.operation_code = n.operation_code
    and r.metric_code = n.metric_code
    and r.item_code is not distinct from n.item_code
    and r.unit = n.unit
where n.value is distinct from r.value
    and (n.value is null or r.value is null or abs(n.value - r.value) > 1e-6)
