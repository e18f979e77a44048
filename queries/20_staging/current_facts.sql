-- The facts of each force's current return: the contract relation analysts
-- query. value is NULL for a figure reported but not quantified.
select
    r.operation_code,
    r.force_code,
    fr.rocu,
    f.metric_code,
    f.item_code,
    f.unit,
    f.value,
    f.qualifier,
    f.raw,
    r.return_id,
    r.file_name,
    f.sheet,
    f.cell
from facts as f
inner join returns as r
    on r.return_id = f.return_id
left join force_rocu as fr
    on fr.operation_code = r.operation_code
    and fr.force_code = r.force_code
where r.status = 'current'
