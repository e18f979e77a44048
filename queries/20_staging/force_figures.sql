-- One figure per force, metric, item and unit, ready to add up. For an
-- itemised metric (drugs, weapons, assets) the all-items row (item_code
-- NULL) is the force's own total where it gave one, else the sum of its
-- items, so that no force is counted twice.
with itemised as (
    select cf.*
    from current_facts as cf
    inner join metrics as m
        on m.metric_code = cf.metric_code
    where m.item_kind is not null
),

own_totals as (
    select operation_code, force_code, metric_code, unit
    from itemised
    where item_code is null
),

derived_totals as (
    select
        i.operation_code,
        i.force_code,
        i.rocu,
        i.metric_code,
        null::varchar as item_code,
        i.unit,
        sum(i.value) as value,
        count(*) filter (where i.qualifier not in ('exact', 'unquantified')) as hedged,
        count(*) filter (where i.value is null) as unquantified,
        true as derived
    from itemised as i
    where i.item_code is not null
        and not exists (
            select 1
            from own_totals as t
            where t.operation_code = i.operation_code
                and t.force_code = i.force_code
                and t.metric_code = i.metric_code
                and t.unit = i.unit
        )
    group by i.operation_code, i.force_code, i.rocu, i.metric_code, i.unit
)

select
    operation_code,
    force_code,
    rocu,
    metric_code,
    item_code,
    unit,
    value,
    (qualifier not in ('exact', 'unquantified'))::integer as hedged,
    (value is null)::integer as unquantified,
    false as derived
from current_facts

union all

select * from derived_totals
