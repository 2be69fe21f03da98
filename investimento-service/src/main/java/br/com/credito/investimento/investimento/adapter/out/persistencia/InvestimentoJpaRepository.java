package br.com.credito.investimento.investimento.adapter.out.persistencia;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvestimentoJpaRepository extends JpaRepository<InvestimentoEntity, Long> {

    List<InvestimentoEntity> findByIdClienteOrderByDataCriacaoDesc(String idCliente);
}
