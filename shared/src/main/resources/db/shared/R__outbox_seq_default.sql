-- The outbox row takes its seq from the sequence in its own insert (no nextval query before it).
-- Repeatable, not versioned: it runs after every service's own versioned migrations, so it never has to sort between
-- them (a shared V0_2 would sort below an existing database's V46 and Flyway would refuse it), and never collides
-- with a service's version numbers. Idempotent: it runs again only when this text changes.
alter table outbox_message alter column seq set default nextval('outbox_seq');
alter sequence outbox_seq owned by outbox_message.seq;
