package br.com.credito.regras.politica.adapter.out.persistencia;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface VersaoPoliticaJpaRepository extends JpaRepository<VersaoPoliticaEntity, Integer> {

    List<VersaoPoliticaEntity> findAllByOrderByVersaoDesc();

    @Query("select v.versao from VersaoPoliticaEntity v where v.status = 'ATIVA'")
    Optional<Integer> versaoAtiva();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from VersaoPoliticaEntity v where v.status = 'ATIVA'")
    Optional<VersaoPoliticaEntity> ativaComBloqueio();
}
