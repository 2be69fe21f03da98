-- Investments held for review (issue 16, item 5): beyond the per-client bounds of a period (count or amount) an
-- investment is kept but its investimento-criado event is not published, so it raises no card limit until a person
-- of the risk team releases it (liberado_em, liberado_por).
CREATE TABLE investimento_em_revisao (
    id_investimento BIGINT       NOT NULL PRIMARY KEY REFERENCES investimento (id_investimento),
    id_cliente      VARCHAR(36)  NOT NULL,
    motivo          VARCHAR(40)  NOT NULL,
    retido_em       TIMESTAMPTZ  NOT NULL,
    liberado_em     TIMESTAMPTZ,
    liberado_por    VARCHAR(255)
);

CREATE INDEX ix_investimento_em_revisao_pendente ON investimento_em_revisao (retido_em) WHERE liberado_em IS NULL;
-- The anomaly check (count and sum of a client's last period) reads ix_investimento_cliente of V1.
