-- The other work centres that can do a routing step (替代工作中心): the allocation suggestions
-- may propose moving a late order's step there. The step's hours on an alternative follow that
-- centre's efficiency, as on its own centre. A step lists a centre at most once, and never its
-- own centre.
CREATE TABLE routing_step_alternatives (
    routing_step_id INTEGER NOT NULL REFERENCES routing_steps (id) ON DELETE CASCADE,
    work_centre_id  INTEGER NOT NULL REFERENCES work_centres (id),
    PRIMARY KEY (routing_step_id, work_centre_id)
) WITHOUT ROWID;
CREATE INDEX routing_step_alternatives_centre ON routing_step_alternatives (work_centre_id);

CREATE TRIGGER routing_step_alternatives_not_own_insert
BEFORE INSERT ON routing_step_alternatives
WHEN NEW.work_centre_id IS (SELECT work_centre_id FROM routing_steps WHERE id = NEW.routing_step_id)
BEGIN
    SELECT RAISE(ABORT, 'an alternative work centre cannot be the step''s own centre');
END;

CREATE TRIGGER routing_step_alternatives_not_own_update
BEFORE UPDATE ON routing_step_alternatives
WHEN NEW.work_centre_id IS (SELECT work_centre_id FROM routing_steps WHERE id = NEW.routing_step_id)
BEGIN
    SELECT RAISE(ABORT, 'an alternative work centre cannot be the step''s own centre');
END;

CREATE TRIGGER routing_steps_centre_not_alternative
BEFORE UPDATE OF work_centre_id ON routing_steps
WHEN EXISTS (SELECT 1 FROM routing_step_alternatives
             WHERE routing_step_id = NEW.id AND work_centre_id IS NEW.work_centre_id)
BEGIN
    SELECT RAISE(ABORT, 'an alternative work centre cannot be the step''s own centre');
END;
