-- One figure per force, metric, item and unit, ready to add up: every fact
-- of the force's current return, and for an itemised metric (drugs,
-- weapons, assets) one all-items row (item_code NULL) per unit, so that no
-- force is counted twice. The all-items value is the force's own total
-- where it gave one with a number, else the sum of its items that have a
-- number: an own total reported without a number ('TBC') does not hide
-- the items listed under it, and keeps its unquantified flag. An own total
-- that is a lower bound ('more than 4') smaller than its items' sum gives
-- way to that sum, still hedged. Any other own total stands, even one
-- smaller than its items (the extractor warns about that); items_value
-- shows the items' sum beside it. hedged is 1 when the figure is an
-- estimate or includes one; unquantified is 1 when it was reported without
-- a number or leaves out a part that was; derived is true when the value
-- is the sum of the items rather than the force's own figure.
with itemised as (
    select cf.*
    from current_facts as cf
    inner join metrics as m
        on m.metric_code = cf.metric_code
    where m.item_kind is not null
),

own_totals as (
    select
        operation_code,
        force_code,
        rocu,
        metric_code,
        unit,
        value,
        qualifier
    from itemised
    where item_code is null
),

item_sums as (
    select
        operation_code,
        force_code,
        rocu,
        metric_code,
        unit,
        sum(value) as value,
        bool_or(qualifier not in ('exact', 'unquantified')) as hedged,
        bool_or(value is null) as unquantified
    from itemised
    where item_code is not null
    group by operation_code, force_code, rocu, metric_code, unit
),

all_items as (
    select
        coalesce(o.operation_code, i.operation_code) as operation_code,
        coalesce(o.force_code, i.force_code) as force_code,
        coalesce(o.rocu, i.rocu) as rocu,
        coalesce(o.metric_code, i.metric_code) as metric_code,
        coalesce(o.unit, i.unit) as unit,
        o.value as own_value,
        o.qualifier as own_qualifier,
        i.value as items_value,
        coalesce(i.hedged, false) as items_hedged,
        coalesce(i.unquantified, false) as items_unquantified,
        o.force_code is null or (
            i.value is not null
            and (o.value is null or (o.qualifier in ('more_than', 'at_least') and i.value > o.value))
        ) as derived
    from own_totals as o
    full outer join item_sums as i
        on i.operation_code = o.operation_code
        and i.force_code = o.force_code
        and i.metric_code = o.metric_code
        and i.unit = o.unit
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
    false as derived,
    null::double as items_value
from current_facts
where item_code is not null
    or metric_code not in (select metric_code from metrics where item_kind is not null)

union all

select
    operation_code,
    force_code,
    rocu,
    metric_code,
    null::varchar as item_code,
    unit,
    case when derived then items_value else own_value end as value,
    case
        when derived then items_hedged or coalesce(own_qualifier not in ('exact', 'unquantified'), false)
        else coalesce(own_qualifier not in ('exact', 'unquantified'), false)
    end::integer as hedged,
    case
        when derived then items_unquantified or coalesce(own_qualifier = 'unquantified', false)
        else own_value is null
    end::integer as unquantified,
    derived,
    items_value
from all_items
