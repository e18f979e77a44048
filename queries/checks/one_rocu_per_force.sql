-- Must return no rows: a force is in one ROCU per operation (overlapping
-- dated memberships would count its figures in two regions).
select operation_code, force_code, count(*) as rocus
from force_rocu
group by operation_code, force_code
having count(*) > 1
