package br.com.credito.regras.politica.adapter.out.persistencia;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "versao_politica")
class VersaoPoliticaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer versao;

    @Column(nullable = false, length = 10)
    private String status;

    @Column(nullable = false, length = 200, updatable = false)
    private String descricao;

    // Plain JSON text, cast by PostgreSQL: the adapter owns the (de)serialisation with the application's JsonMapper.
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String parametros;

    @Column(nullable = false, updatable = false)
    private Instant criadaEm;

    private Instant ativadaEm;

    private Integer versaoAnterior;

    protected VersaoPoliticaEntity() {}

    VersaoPoliticaEntity(String status, String descricao, String parametros, Instant criadaEm) {
        this.status = status;
        this.descricao = descricao;
        this.parametros = parametros;
        this.criadaEm = criadaEm;
    }

    void mudarStatus(String novoStatus, Instant novaAtivacao, Integer novaAnterior) {
        this.status = novoStatus;
        this.ativadaEm = novaAtivacao;
        this.versaoAnterior = novaAnterior;
    }

    Integer getVersao() {
        return versao;
    }

    String getStatus() {
        return status;
    }

    String getDescricao() {
        return descricao;
    }

    String getParametros() {
        return parametros;
    }

    Instant getCriadaEm() {
        return criadaEm;
    }

    Instant getAtivadaEm() {
        return ativadaEm;
    }

    Integer getVersaoAnterior() {
        return versaoAnterior;
    }
}
