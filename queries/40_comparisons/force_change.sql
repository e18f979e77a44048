-- Each force's figure against its own figure for the same metric, item and
-- unit at the previous operation: the latest operation before this one (by
-- start date) in which any force gave that figure with a number. compared
-- is true when the force gave a number in both operations: only those pairs
-- enter national_change and regional_change, so that a change compares the
-- same forces on both sides. previous_value is NULL when the force gave no
-- number then. rocu is the force's ROCU at this operation. hedged and
-- unquantified (0 or 1) say that the figure is an estimate or leaves out a
-- part reported without a number; previous_hedged and
-- previous_unquantified say the same of the previous figure.
with totals as (
    select
        nt.operation_code,
        o.starts_on,
        nt.metric_code,
        nt.item_code,
        nt.unit,
        nt.value
    from national_totals as nt
    inner join operations as o
        on o.operation_code = nt.operation_code
),

previous as (
    select
        operation_code,
        metric_code,
        item_code,
        unit,
        lag(case when value is not null then operation_code end ignore nulls) over (
            partition by metric_code, item_code, unit
            order by starts_on, operation_code
        ) as previous_operation
    from totals
)

select
    ff.operation_code,
    p.previous_operation,
    ff.force_code,
    ff.rocu,
    ff.metric_code,
    ff.item_code,
    ff.unit,
    ff.value,
    pf.value as previous_value,
    ff.value - pf.value as change,
    coalesce(ff.value is not null and pf.value is not null, false) as compared,
    ff.hedged,
    ff.unquantified,
    pf.hedged as previous_hedged,
    pf.unquantified as previous_unquantified
from force_figures as ff
inner join previous as p
    on p.operation_code = ff.operation_code
    and p.metric_code = ff.metric_code
    and p.item_code is not distinct from ff.item_code
    and p.unit = ff.unit
left join force_figures as pf
    on pf.operation_code = p.previous_operation
    and pf.force_code = ff.force_code
    and pf.metric_code = ff.metric_code
    and pf.item_code is not distinct from ff.item_code
    and pf.unit = ff.unit
order by ff.operation_code, ff.metric_code, ff.item_code nulls first, ff.unit, ff.force_code
