-- Every decision, as taken: the audit trail (inputs snapshot, provenance, policy version, reasons) and the basis of
-- the customer's explanation (LGPD art. 20). Rows are never updated.
create table concessao (
    id               uuid primary key,
    id_cliente       varchar(36)    not null,
    tipo_cartao      varchar(20)    not null,
    codigo_decisao   varchar(20)    not null,
    descricao        text           not null,
    limite_aprovado  numeric(15, 2) not null,
    versao_politica  integer        not null,
    motivos          jsonb          not null,
    entradas         jsonb          not null,
    fontes           jsonb          not null,
    origem           varchar(20)    not null, -- SOLICITACAO | RECALCULO
    id_evento        uuid,
    -- false: a recalculation that would lower the limit, recorded for review and not applied to the card
    aplicada         boolean        not null,
    decidida_em      timestamptz    not null
);
-- The card's current status and limit are the latest APPLIED decision of the client.
create index concessao_cliente_aplicada on concessao (id_cliente, decidida_em desc) where aplicada;

create table historico_limite (
    id               bigserial primary key,
    id_cliente       varchar(36)    not null,
    limite_anterior  numeric(15, 2),
    limite_novo      numeric(15, 2) not null,
    id_concessao     uuid           not null references concessao (id),
    id_evento        uuid,
    versao_politica  integer        not null,
    registrado_em    timestamptz    not null
);
create index historico_limite_cliente on historico_limite (id_cliente, registrado_em);

-- Idempotency-Key: written in the same transaction as the decision it names, so one key yields one decision.
create table chave_idempotencia (
    chave            varchar(100) primary key,
    hash_corpo       char(64)     not null,
    id_concessao     uuid         not null references concessao (id) deferrable initially deferred,
    criada_em        timestamptz  not null
);

-- investimento-criado events already handled, written in the same transaction as the limit change they caused.
create table evento_processado (
    id_evento        uuid primary key,
    resultado        varchar(30)  not null,
    id_concessao     uuid references concessao (id),
    processado_em    timestamptz  not null
);

create sequence protocolo_revisao_seq;

-- Requests for a human review: by the customer (LGPD art. 20) or by an automatic recalculation that would lower a limit.
create table solicitacao_revisao (
    protocolo        varchar(20)  primary key,
    id_concessao     uuid         not null references concessao (id),
    origem           varchar(30)  not null, -- CLIENTE | RECALCULO_REDUCAO
    justificativa    varchar(500),
    solicitada_em    timestamptz  not null
);
create index solicitacao_revisao_concessao on solicitacao_revisao (id_concessao);
