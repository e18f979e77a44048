-- Must return no rows: the ROCUs' like-with-like comparisons add up to the
-- national one (the same forces, the same figures, on both sides).
with regional as (
    select
        operation_code,
        metric_code,
        item_code,
        unit,
        sum(forces_compared) as forces_compared,
        sum(compared_value) as compared_value,
        sum(compared_previous_value) as compared_previous_value
    from regional_change
    group by all
)

select
    n.operation_code,
    n.metric_code,
    n.item_code,
    n.unit,
    n.forces_compared,
    r.forces_compared as regional_forces_compared,
    n.compared_value,
    r.compared_value as regional_compared_value
from national_change as n
full outer join regional as r
    on r.operation_code = n.operation_code
    and r.metric_code = n.metric_code
    and r.item_code is not distinct from n.item_code
    and r.unit = n.unit
where n.forces_compared is distinct from r.forces_compared
    or abs(coalesce(n.compared_value, 0) - coalesce(r.compared_value, 0)) > 1e-6
    or abs(coalesce(n.compared_previous_value, 0) - coalesce(r.compared_previous_value, 0)) > 1e-6
    or (n.compared_value is null) != (r.compared_value is null)
