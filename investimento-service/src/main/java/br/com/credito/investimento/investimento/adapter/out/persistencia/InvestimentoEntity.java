package br.com.credito.investimento.investimento.adapter.out.persistencia;

import br.com.credito.investimento.investimento.domain.Investimento;
import br.com.credito.investimento.investimento.domain.NovoInvestimento;
import br.com.credito.investimento.investimento.domain.TipoInvestimento;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "investimento")
class InvestimentoEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id_investimento")
    private Long idInvestimento;

    @Column(name = "id_cliente", nullable = false, length = 36)
    private String idCliente;

    @Enumerated(EnumType.STRING)
    @Column(name = "tipo_investimento", nullable = false, length = 20)
    private TipoInvestimento tipoInvestimento;

    @Column(name = "valor", nullable = false, precision = 15, scale = 2)
    private BigDecimal valor;

    @Column(name = "data_criacao", nullable = false)
    private Instant dataCriacao;

    protected InvestimentoEntity() {}

    static InvestimentoEntity de(NovoInvestimento novo, Instant dataCriacao) {
        InvestimentoEntity entidade = new InvestimentoEntity();
        entidade.idCliente = novo.idCliente();
        entidade.tipoInvestimento = novo.tipoInvestimento();
        entidade.valor = novo.valor();
        entidade.dataCriacao = dataCriacao;
        return entidade;
    }

    Investimento paraDominio() {
        return new Investimento(idInvestimento, idCliente, tipoInvestimento, valor, dataCriacao);
    }
}
