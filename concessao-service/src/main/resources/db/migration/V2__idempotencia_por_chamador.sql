-- Idempotency-Keys scoped by the calling client (token subject) and expiring, as investimento's (issue 16, item 7):
-- two channels that pick the same key no longer collide, and keys older than the retention are deleted.
-- Keys stored before this migration belong to no caller ('').
alter table chave_idempotencia add column dono varchar(255) not null default '';
alter table chave_idempotencia drop constraint chave_idempotencia_pkey;
alter table chave_idempotencia add primary key (dono, chave);
create index chave_idempotencia_criada_em on chave_idempotencia (criada_em);
