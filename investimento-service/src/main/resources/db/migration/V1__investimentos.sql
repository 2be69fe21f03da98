-- Investments. The id is what the seed contract calls idInvestimento: numeric, from a database identity.
CREATE TABLE investimento (
    id_investimento   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id_cliente        VARCHAR(36)    NOT NULL,
    tipo_investimento VARCHAR(20)    NOT NULL
        CHECK (tipo_investimento IN ('CDB', 'LCI', 'LCA', 'TESOURO_DIRETO', 'FUNDO')),
    valor             NUMERIC(15, 2) NOT NULL CHECK (valor > 0 AND valor <= 100000000.00),
    data_criacao      TIMESTAMPTZ    NOT NULL
);

-- GET /v1/investimentos?idCliente= is on concessao's real-time path: an index-only walk of one client's rows.
CREATE INDEX ix_investimento_cliente ON investimento (id_cliente, data_criacao DESC)
    INCLUDE (tipo_investimento, valor);

-- Idempotency-Key of POST /v1/investimentos, scoped to the calling client (token subject). The primary key is what
-- makes concurrent requests with one key create one investment: the second insert waits for the first transaction.
CREATE TABLE idempotencia (
    dono              VARCHAR(255) NOT NULL,
    chave             VARCHAR(128) NOT NULL,
    impressao_digital CHAR(64)     NOT NULL,
    id_investimento   BIGINT REFERENCES investimento (id_investimento),
    criado_em         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (dono, chave)
);

CREATE INDEX ix_idempotencia_criado_em ON idempotencia (criado_em);

-- Spring Modulith's event publication registry (JPA entity DefaultJpaEventPublication): the outbox. Completion mode
-- DELETE, so the table holds only events not yet delivered.
CREATE TABLE event_publication (
    id                     UUID        NOT NULL PRIMARY KEY,
    listener_id            TEXT        NOT NULL,
    event_type             TEXT        NOT NULL,
    serialized_event       TEXT        NOT NULL,
    publication_date       TIMESTAMPTZ NOT NULL,
    completion_date        TIMESTAMPTZ,
    status                 VARCHAR(20),
    completion_attempts    INTEGER     NOT NULL DEFAULT 0,
    last_resubmission_date TIMESTAMPTZ
);

CREATE INDEX ix_event_publication_serialized_event ON event_publication USING hash (serialized_event);
CREATE INDEX ix_event_publication_pendentes ON event_publication (status, publication_date)
    WHERE completion_date IS NULL;
