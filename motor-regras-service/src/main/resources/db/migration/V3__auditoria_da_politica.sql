-- Who created and who activated each policy version (issue 16, item 6), and the trail of every change of the active
-- version. The columns are nullable so that a later migration may still insert a version with a plain INSERT; such a
-- migration should fill criada_por (and ativada_por when it activates) with a name that says where it came from,
-- e.g. 'migracao:V4', and may add the matching rows to auditoria_politica.
alter table versao_politica add column criada_por varchar(255);
alter table versao_politica add column ativada_por varchar(255);

-- Version 1 came from V2__politica_padrao.sql.
update versao_politica set criada_por = 'migracao:V2', ativada_por = 'migracao:V2' where versao = 1;

create table auditoria_politica (
    id            bigserial    primary key,
    versao        integer      not null references versao_politica (versao),
    acao          varchar(20)  not null check (acao in ('CRIADA', 'ATIVADA', 'REVERTIDA')),
    principal     varchar(255) not null,
    registrada_em timestamptz  not null
);
create index auditoria_politica_versao on auditoria_politica (versao, id);

insert into auditoria_politica (versao, acao, principal, registrada_em)
select versao, 'CRIADA', 'migracao:V2', criada_em from versao_politica where versao = 1;
insert into auditoria_politica (versao, acao, principal, registrada_em)
select versao, 'ATIVADA', 'migracao:V2', ativada_em from versao_politica where versao = 1 and ativada_em is not null;

-- The author of a version is as immutable as its parameters; the trail is append-only.
create or replace function versao_politica_imutavel() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'versoes da politica nao sao apagadas (versao %)', old.versao;
    end if;
    if new.versao <> old.versao or new.parametros is distinct from old.parametros
            or new.descricao <> old.descricao or new.criada_em <> old.criada_em
            or (old.criada_por is not null and new.criada_por is distinct from old.criada_por) then
        raise exception 'a versao % da politica e imutavel', old.versao;
    end if;
    return new;
end
$$;

create function auditoria_politica_somente_insercao() returns trigger language plpgsql as $$
begin
    raise exception 'a trilha de auditoria da politica nao e alterada nem apagada';
end
$$;

create trigger trg_auditoria_politica_somente_insercao
    before update or delete on auditoria_politica
    for each statement execute function auditoria_politica_somente_insercao();
