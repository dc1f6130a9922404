-- A bureau announcing a closure again for the same day corrects its reason (an upsert), which
-- needs UPDATE on that column; V3 granted only SELECT, INSERT and DELETE.
GRANT UPDATE (reason, announced_by, announced_at) ON county_closure TO ${appRole};
