package br.com.credito.investimento.investimento.adapter.out.persistencia;

import br.com.credito.investimento.investimento.domain.PosicaoPorTipo;
import br.com.credito.investimento.investimento.domain.ResumoDoPeriodo;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvestimentoJpaRepository extends JpaRepository<InvestimentoEntity, Long> {

    List<InvestimentoEntity> findByIdClienteOrderByDataCriacaoDescIdInvestimentoDesc(String idCliente, Pageable pagina);

    long countByIdCliente(String idCliente);

    /** Counted and summed in PostgreSQL over the (id_cliente, data_criacao) index. */
    @Query("""
            SELECT new br.com.credito.investimento.investimento.domain.ResumoDoPeriodo(COUNT(i), COALESCE(SUM(i.valor), 0))
            FROM InvestimentoEntity i
            WHERE i.idCliente = :idCliente AND i.dataCriacao >= :desde""")
    ResumoDoPeriodo resumoDesde(String idCliente, Instant desde);

    /**
     * Summed in PostgreSQL: a few rows leave the database however many investments the client has. The index on
     * (id_cliente, ...) INCLUDE (tipo_investimento, valor) makes it an index-only read of the client's rows. The type is
     * stored as its name, so the order is alphabetical, as concessao sorts its totals.
     */
    @Query("""
            SELECT new br.com.credito.investimento.investimento.domain.PosicaoPorTipo(i.tipoInvestimento, SUM(i.valor))
            FROM InvestimentoEntity i
            WHERE i.idCliente = :idCliente
            GROUP BY i.tipoInvestimento
            ORDER BY i.tipoInvestimento""")
    List<PosicaoPorTipo> somarPorTipo(String idCliente);
}
